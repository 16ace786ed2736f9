// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/RecordingAnalyzer.h"

#include "AnalysisTestSupport.h"
#include "TestSupport.h"
#include "core/TaskControl.h"

#include <QDir>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace coach;

/*
 * The single decode pass: exact peaks for PCM against samples written by the
 * test, levels that agree with each other, channels kept apart, speech found
 * where generated tones are, every call format decoding, cancellation, and
 * damaged input refused with a message naming the file.
 */
class TestRecordingAnalyzer final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exactPcmPeaks();
    void decodedReferencePeaks_data();
    void decodedReferencePeaks();
    void levelsAgree();
    void formats_data();
    void formats();
    void speechAtKnownTimes();
    void cancellation();
    void progress();
    void badInput_data();
    void badInput();

private:
    [[nodiscard]] QString path(const QString &name) const { return m_dir.filePath(name); }
    void ffmpeg(const QStringList &arguments);

    QTemporaryDir m_dir;
    QString m_ffmpeg;
    test::Samples m_samples; // stereo: left noise at several levels, right a ramp
};

namespace {

constexpr int kRate = 8000;
// Not a multiple of any bin size, so every level ends in a short bin.
constexpr qsizetype kFrames = 70001;

} // namespace

void TestRecordingAnalyzer::ffmpeg(const QStringList &arguments)
{
    if (m_ffmpeg.isEmpty())
        QSKIP("ffmpeg is not installed");
    const test::ProcessResult r
        = test::run(m_ffmpeg, QStringList { u"-nostdin"_s, u"-v"_s, u"error"_s, u"-y"_s } + arguments);
    QVERIFY2(!r.crashed && r.exitCode == 0, r.err.constData());
}

void TestRecordingAnalyzer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_ffmpeg = test::findTool(u"ffmpeg"_s);
    QRandomGenerator random(42);
    for (qsizetype i = 0; i < kFrames; ++i) {
        // Loudness changes every few thousand samples so bins differ widely,
        // and full scale (both ends) occurs.
        const int amplitude = std::array { 32767, 200, 9000, 3 }[(i / 3000) % 4];
        qint16 left = qint16(random.bounded(-amplitude, amplitude + 1));
        if (i == 1234)
            left = -32768;
        m_samples.append(left);
        m_samples.append(qint16((i * 7) % 65536 - 32768));
    }
    QVERIFY(test::writeWav(path(u"known.wav"_s), m_samples, 2, kRate));
}

void TestRecordingAnalyzer::exactPcmPeaks()
{
    const auto analysis = RecordingAnalyzer::analyze(path(u"known.wav"_s));
    QVERIFY2(analysis, test::why(analysis).constData());
    const Peaks &peaks = analysis->peaks;
    QCOMPARE(peaks.channelCount(), 2);
    QCOMPARE(peaks.sampleRate(), kRate);
    QCOMPARE(peaks.frameCount(), kFrames);
    QCOMPARE(peaks.levelCount(), Peaks::kLevelCount);
    for (int level = 0; level < peaks.levelCount(); ++level) {
        const int size = Peaks::kBaseSamplesPerBin << (2 * level);
        QCOMPARE(peaks.level(level).samplesPerBin, size);
        QCOMPARE(peaks.level(level).binCount, (kFrames + size - 1) / size);
        // Each channel against its own samples: the ramp on the right must
        // not leak into the noise on the left, nor the other way round.
        for (int channel = 0; channel < 2; ++channel)
            QCOMPARE(peaks.level(level).channels.at(channel), test::referencePeaks(m_samples, 2, channel, size));
    }
    QCOMPARE(peaks.min(0, 0, 1234 / 256), qint8(-127));
}

void TestRecordingAnalyzer::decodedReferencePeaks_data()
{
    QTest::addColumn<QString>("codec");
    QTest::newRow("mu-law") << u"pcm_mulaw"_s;
    QTest::newRow("A-law") << u"pcm_alaw"_s;
    QTest::newRow("8-bit") << u"pcm_u8"_s;
    QTest::newRow("24-bit") << u"pcm_s24le"_s;
    QTest::newRow("float") << u"pcm_f32le"_s;
    QTest::newRow("FLAC (decoder)") << u"flac"_s;
}

// Formats read without FFmpeg's decoder must give exactly what FFmpeg's
// decoder gives: the reference is ffmpeg's own decode to 16 bits.
void TestRecordingAnalyzer::decodedReferencePeaks()
{
    QFETCH(QString, codec);
    const QString encoded = path(codec + (codec == u"flac"_s ? u".flac"_s : u".wav"_s));
    const QString decoded = path(codec + u".raw"_s);
    ffmpeg({ u"-i"_s, path(u"known.wav"_s), u"-c:a"_s, codec, encoded });
    ffmpeg({ u"-i"_s, encoded, u"-f"_s, u"s16le"_s, u"-c:a"_s, u"pcm_s16le"_s, decoded });
    const QByteArray raw = test::readFile(decoded);
    test::Samples reference(raw.size() / 2);
    for (qsizetype i = 0; i < reference.size(); ++i)
        reference[i] = qFromLittleEndian<qint16>(raw.constData() + 2 * i);

    const auto analysis = RecordingAnalyzer::analyze(encoded);
    QVERIFY2(analysis, test::why(analysis).constData());
    QCOMPARE(analysis->peaks.frameCount(), kFrames);
    // 24-bit and float carry more than 16 bits, and a 16-bit reference can
    // round a sample across a quantisation step; those may differ by one.
    const bool exact = codec != u"pcm_s24le"_s && codec != u"pcm_f32le"_s;
    for (int channel = 0; channel < 2; ++channel) {
        const QByteArray expected = test::referencePeaks(reference, 2, channel, Peaks::kBaseSamplesPerBin);
        const QByteArray actual = analysis->peaks.level(0).channels.at(channel);
        QCOMPARE(actual.size(), expected.size());
        for (qsizetype i = 0; i < actual.size(); ++i) {
            const int difference = std::abs(int(qint8(actual.at(i))) - int(qint8(expected.at(i))));
            if (difference > (exact ? 0 : 1))
                QFAIL(qPrintable(u"%1: channel %2, value %3: %4 vs %5"_s.arg(codec).arg(channel).arg(i)
                                     .arg(int(qint8(actual.at(i))))
                                     .arg(int(qint8(expected.at(i))))));
        }
    }
}

void TestRecordingAnalyzer::levelsAgree()
{
    const auto analysis = RecordingAnalyzer::analyze(path(u"known.wav"_s));
    QVERIFY2(analysis, test::why(analysis).constData());
    const Peaks &peaks = analysis->peaks;
    for (int level = 1; level < peaks.levelCount(); ++level) {
        for (int channel = 0; channel < peaks.channelCount(); ++channel) {
            const qsizetype finer = peaks.level(level - 1).binCount;
            for (qsizetype bin = 0; bin < peaks.level(level).binCount; ++bin) {
                qint8 low = 127;
                qint8 high = -127;
                for (qsizetype i = bin * 4; i < std::min(finer, bin * 4 + 4); ++i) {
                    low = std::min(low, peaks.min(level - 1, channel, i));
                    high = std::max(high, peaks.max(level - 1, channel, i));
                }
                QCOMPARE(peaks.min(level, channel, bin), low);
                QCOMPARE(peaks.max(level, channel, bin), high);
            }
        }
    }
}

void TestRecordingAnalyzer::formats_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("codec");
    QTest::addColumn<int>("rate");
    QTest::addColumn<int>("leak"); // joint-stereo codecs leak a little into the silent channel
    QTest::newRow("MP3") << u"tone.mp3"_s << QStringList { u"-c:a"_s, u"libmp3lame"_s, u"-b:a"_s, u"32k"_s } << 8000
                         << 4;
    QTest::newRow("AAC") << u"tone.m4a"_s << QStringList { u"-c:a"_s, u"aac"_s, u"-b:a"_s, u"32k"_s } << 8000 << 4;
    // Decoded at its own rate, not FFmpeg's 48 kHz.
    QTest::newRow("Opus 8 kHz") << u"tone.opus"_s << QStringList { u"-c:a"_s, u"libopus"_s, u"-b:a"_s, u"24k"_s }
                                << 8000 << 8;
    QTest::newRow("Opus 16 kHz") << u"tone16.opus"_s
                                 << QStringList { u"-ar"_s, u"16000"_s, u"-c:a"_s, u"libopus"_s } << 16000 << 8;
    QTest::newRow("Vorbis") << u"tone.ogg"_s << QStringList { u"-c:a"_s, u"libvorbis"_s } << 8000 << 4;
    QTest::newRow("FLAC") << u"tone.flac"_s << QStringList { u"-c:a"_s, u"flac"_s } << 8000 << 0;
}

void TestRecordingAnalyzer::formats()
{
    QFETCH(QString, file);
    QFETCH(QStringList, codec);
    QFETCH(int, rate);
    QFETCH(int, leak);
    // Half scale on the left, silence on the right: 2 s.
    ffmpeg(QStringList { u"-f"_s, u"lavfi"_s, u"-i"_s,
                         u"aevalsrc=exprs=0.5*sin(2*PI*440*t)|0:s=8000:d=2"_s }
           + codec + QStringList { path(file) });
    const auto analysis = RecordingAnalyzer::analyze(path(file));
    if (!analysis && analysis.error().code() == ErrorCode::Unsupported)
        QSKIP(test::why(analysis).constData());
    QVERIFY2(analysis, test::why(analysis).constData());
    const Peaks &peaks = analysis->peaks;
    QCOMPARE(peaks.channelCount(), 2);
    QCOMPARE(peaks.sampleRate(), rate);
    // Encoders pad to whole frames; the length stays within one frame.
    QVERIFY2(std::abs(peaks.durationMs() - 2000) <= 70, qPrintable(QString::number(peaks.durationMs())));
    const qsizetype middle = peaks.level(0).binCount / 2;
    QVERIFY2(std::abs(peaks.max(0, 0, middle) - 64) <= 4, qPrintable(QString::number(peaks.max(0, 0, middle))));
    QVERIFY2(std::abs(peaks.min(0, 0, middle) + 64) <= 4, qPrintable(QString::number(peaks.min(0, 0, middle))));
    QVERIFY2(std::abs(peaks.max(0, 1, middle)) <= leak, qPrintable(QString::number(peaks.max(0, 1, middle))));
    QCOMPARE(analysis->speech.size(), 2);
    QCOMPARE(analysis->speech.at(0).size(), 1);
}

void TestRecordingAnalyzer::speechAtKnownTimes()
{
    // Left: speech-like bursts 0.5–1.5 s and 3.0–4.2 s; right: 2.0–2.8 s;
    // both over faint line noise the threshold must adapt to.
    // Commas inside a filter's arguments are escaped for the filtergraph parser.
    const QString left = u"0.3*sin(2*PI*500*t)*(between(t\\,0.5\\,1.5)+between(t\\,3.0\\,4.2))"_s;
    const QString right = u"0.3*sin(2*PI*700*t)*between(t\\,2.0\\,2.8)"_s;
    const QString noise = u"+0.003*(random(0)*2-1)"_s;
    ffmpeg({ u"-f"_s, u"lavfi"_s, u"-i"_s,
             u"aevalsrc=exprs=%1%3|%2%3:s=8000:d=5"_s.arg(left, right, noise), u"-c:a"_s, u"pcm_s16le"_s,
             path(u"speech.wav"_s) });
    const auto analysis = RecordingAnalyzer::analyze(path(u"speech.wav"_s));
    QVERIFY2(analysis, test::why(analysis).constData());
    const auto near = [](qint64 actual, qint64 expected) { return std::abs(actual - expected) <= 50; };
    const auto check = [&](const TimeRanges &ranges, const TimeRanges &expected) {
        QCOMPARE(ranges.size(), expected.size());
        for (qsizetype i = 0; i < ranges.size(); ++i) {
            QVERIFY2(near(ranges[i].startMs, expected[i].startMs) && near(ranges[i].endMs, expected[i].endMs),
                     qPrintable(u"%1–%2 ms, expected %3–%4"_s.arg(ranges[i].startMs).arg(ranges[i].endMs)
                                    .arg(expected[i].startMs).arg(expected[i].endMs)));
        }
    };
    check(analysis->speech.at(0), { { 500, 1500 }, { 3000, 4200 } });
    check(analysis->speech.at(1), { { 2000, 2800 } });
    check(analysis->silences(150), { { 0, 500 }, { 1500, 2000 }, { 2800, 3000 }, { 4200, 5000 } });
    check(analysis->silences(300), { { 0, 500 }, { 1500, 2000 }, { 4200, 5000 } });
}

void TestRecordingAnalyzer::cancellation()
{
    // Cancelled before it starts: nothing is decoded.
    TaskControl early;
    early.cancel();
    auto analysis = RecordingAnalyzer::analyze(path(u"known.wav"_s), &early);
    QVERIFY(!analysis);
    QCOMPARE(analysis.error().code(), ErrorCode::Cancelled);
    QVERIFY(analysis.error().message().contains(u"known.wav"_s));

    // Cancelled from the progress callback, half-way.
    TaskControl *self = nullptr;
    TaskControl midway([&self](qint64 done, qint64 total, const QString &) {
        if (done * 2 >= total)
            self->cancel();
    });
    self = &midway;
    analysis = RecordingAnalyzer::analyze(path(u"known.wav"_s), &midway);
    QVERIFY(!analysis);
    QCOMPARE(analysis.error().code(), ErrorCode::Cancelled);
}

void TestRecordingAnalyzer::progress()
{
    qint64 last = -1;
    qint64 total = 0;
    int reports = 0;
    bool monotonic = true;
    TaskControl control([&](qint64 done, qint64 all, const QString &) {
        monotonic = monotonic && done >= last;
        last = done;
        total = all;
        ++reports;
    });
    QVERIFY(RecordingAnalyzer::analyze(path(u"known.wav"_s), &control));
    QVERIFY(reports > 0);
    QVERIFY(monotonic);
    QCOMPARE(last, total);
}

void TestRecordingAnalyzer::badInput_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("bytes"); // empty: the file is not created
    QTest::addColumn<int>("code");
    const QByteArray wav = test::wavBytes(test::Samples(2000, 1000), 1, 8000);
    QTest::newRow("missing") << u"missing.wav"_s << QByteArray() << int(ErrorCode::NotFound);
    QTest::newRow("empty") << u"empty.wav"_s << QByteArray("", 0) << int(ErrorCode::Empty);
    QTest::newRow("text") << u"notes.wav"_s << QByteArray(500, 'x') << int(ErrorCode::Unsupported);
    QTest::newRow("header cut") << u"cut.wav"_s << wav.left(30) << int(ErrorCode::Corrupt);
    QTest::newRow("no samples") << u"nodata.wav"_s << wav.left(44) << int(ErrorCode::Corrupt);
    QByteArray mp3(4000, '\0');
    mp3.replace(0, 3, "ID3");
    QTest::newRow("empty MP3 tag") << u"tag.mp3"_s << mp3 << -1;
}

void TestRecordingAnalyzer::badInput()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, bytes);
    QFETCH(int, code);
    if (!bytes.isNull())
        QVERIFY(test::writeFile(path(file), bytes));
    const auto analysis = RecordingAnalyzer::analyze(path(file));
    QVERIFY(!analysis);
    if (code >= 0)
        QCOMPARE(int(analysis.error().code()), code);
    QVERIFY2(analysis.error().message().contains(QDir::toNativeSeparators(path(file))),
             test::why(analysis).constData());
}

QTEST_GUILESS_MAIN(TestRecordingAnalyzer)
#include "TestRecordingAnalyzer.moc"
