// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/AudioProbe.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <thread>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using coach::AudioProbe;
using coach::ErrorCode;

/*
 * Probes recordings generated with the ffmpeg command-line tool in every
 * format a call centre exports, and damaged or wrong files that import must
 * refuse with a message naming them.
 */
class TestAudioProbe final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void probesFormat_data();
    void probesFormat();
    void refusesBadInput_data();
    void refusesBadInput();
    void survivesTruncation_data();
    void survivesTruncation();
    void probesInParallel();

private:
    [[nodiscard]] QString path(const QString &fileName) const { return m_dir.filePath(fileName); }
    void encode(const QString &fileName, const QStringList &codecArguments, const QString &signal);
    void writeFile(const QString &fileName, const QByteArray &bytes);

    QTemporaryDir m_dir;
    QString m_ffmpeg;
};

namespace {

constexpr qint64 kSignalMs = 3500;
constexpr qint64 kToleranceMs = 50;
// Agent on the left, customer on the right, as call recorders store them.
const QString kStereoSignal
    = u"aevalsrc=exprs=0.5*sin(2*PI*440*t)|0.5*sin(2*PI*1000*t):s=8000:d=3.5"_s;
const QString kMonoSignal = u"aevalsrc=exprs=0.5*sin(2*PI*440*t):s=8000:d=3.5"_s;

} // namespace

void TestAudioProbe::encode(
    const QString &fileName, const QStringList &codecArguments, const QString &signal)
{
    QProcess ffmpeg;
    ffmpeg.start(m_ffmpeg,
        QStringList {
            u"-nostdin"_s, u"-v"_s, u"error"_s, u"-y"_s, u"-f"_s, u"lavfi"_s, u"-i"_s, signal }
            + codecArguments + QStringList { path(fileName) });
    QVERIFY2(ffmpeg.waitForFinished(120'000), qPrintable(fileName));
    QVERIFY2(ffmpeg.exitStatus() == QProcess::NormalExit && ffmpeg.exitCode() == 0,
        qPrintable(fileName + u": "_s + QString::fromLocal8Bit(ffmpeg.readAllStandardError())));
}

void TestAudioProbe::writeFile(const QString &fileName, const QByteArray &bytes)
{
    QFile file(path(fileName));
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(file.errorString()));
    QCOMPARE(file.write(bytes), bytes.size());
}

void TestAudioProbe::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_ffmpeg = QStandardPaths::findExecutable(u"ffmpeg"_s);
    if (m_ffmpeg.isEmpty())
        QSKIP("the ffmpeg command-line tool is not on PATH; it generates the test recordings");

    encode(u"pcm16.wav"_s, { u"-c:a"_s, u"pcm_s16le"_s }, kStereoSignal);
    encode(u"mulaw.wav"_s, { u"-c:a"_s, u"pcm_mulaw"_s }, kStereoSignal);
    encode(u"alaw.wav"_s, { u"-c:a"_s, u"pcm_alaw"_s }, kStereoSignal);
    encode(u"lame.mp3"_s, { u"-c:a"_s, u"libmp3lame"_s }, kStereoSignal);
    encode(u"aac.m4a"_s, { u"-c:a"_s, u"aac"_s }, kStereoSignal);
    encode(u"vorbis.ogg"_s, { u"-c:a"_s, u"libvorbis"_s }, kStereoSignal);
    encode(u"call.opus"_s, { u"-c:a"_s, u"libopus"_s }, kStereoSignal);
    encode(u"lossless.flac"_s, { u"-c:a"_s, u"flac"_s }, kStereoSignal);
    encode(u"mono-mulaw.wav"_s, { u"-c:a"_s, u"pcm_mulaw"_s }, kMonoSignal);

    QFile wav(path(u"pcm16.wav"_s));
    QVERIFY(wav.open(QIODevice::ReadOnly));
    const QByteArray wavBytes = wav.readAll();
    // The samples follow the "data" chunk's id and size; ffmpeg may put a
    // LIST chunk with its name before it.
    const qsizetype dataStart = wavBytes.indexOf("data") + 8;
    QVERIFY(dataStart >= 44);
    QCOMPARE(wavBytes.size() - dataStart, 8000 * 2 * 2 * kSignalMs / 1000);

    writeFile(u"empty.wav"_s, {});
    writeFile(u"header-stump.wav"_s, wavBytes.left(30));
    writeFile(
        u"notes.wav"_s, "Call with Mrs Jones, 14:02. Follow up on the refund.\n"_ba.repeated(20));
    // Half the sample data after an intact header that still claims all of it.
    writeFile(u"half-data.wav"_s, wavBytes.left(dataStart + (wavBytes.size() - dataStart) / 2));

    // Seeded, so every run sees the same bytes.
    QRandomGenerator random(20240611);
    QByteArray noise(64 * 1024, Qt::Uninitialized);
    random.fillRange(
        reinterpret_cast<quint32 *>(noise.data()), noise.size() / int(sizeof(quint32)));
    writeFile(u"noise.mp3"_s, noise);

    QVERIFY(QDir(m_dir.path()).mkdir(u"folder.wav"_s));
}

void TestAudioProbe::probesFormat_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<qint64>("durationMs");
    QTest::addColumn<int>("channels");
    QTest::addColumn<int>("sampleRate");
    QTest::addColumn<QString>("codec");
    QTest::addColumn<QString>("container");

    QTest::newRow("PCM 16-bit WAV")
        << u"pcm16.wav"_s << kSignalMs << 2 << 8000 << u"pcm_s16le"_s << u"wav"_s;
    QTest::newRow("mu-law WAV") << u"mulaw.wav"_s << kSignalMs << 2 << 8000 << u"pcm_mulaw"_s
                                << u"wav"_s;
    QTest::newRow("A-law WAV") << u"alaw.wav"_s << kSignalMs << 2 << 8000 << u"pcm_alaw"_s
                               << u"wav"_s;
    // MP3 counts whole 576-sample frames, LAME's delay and padding included:
    // ceil((28000 + 1105) / 576) * 576 = 29376 samples = 3.672 s, which is
    // also what ffprobe reports for this file.
    QTest::newRow("MP3") << u"lame.mp3"_s << qint64(3672) << 2 << 8000 << u"mp3"_s << u"mp3"_s;
    QTest::newRow("AAC in M4A") << u"aac.m4a"_s << kSignalMs << 2 << 8000 << u"aac"_s
                                << u"mov,mp4,m4a,3gp,3g2,mj2"_s;
    QTest::newRow("Ogg Vorbis") << u"vorbis.ogg"_s << kSignalMs << 2 << 8000 << u"vorbis"_s
                                << u"ogg"_s;
    // Opus always decodes at 48 kHz whatever rate went in; FFmpeg reports that.
    QTest::newRow("Opus") << u"call.opus"_s << kSignalMs << 2 << 48000 << u"opus"_s << u"ogg"_s;
    QTest::newRow("FLAC") << u"lossless.flac"_s << kSignalMs << 2 << 8000 << u"flac"_s << u"flac"_s;
    QTest::newRow("mono mu-law WAV")
        << u"mono-mulaw.wav"_s << kSignalMs << 1 << 8000 << u"pcm_mulaw"_s << u"wav"_s;
    // The header claims 3.5 s but the bytes hold 1.75 s; like ffprobe
    // (1.7495 s) we believe the bytes, since that is what will play.
    QTest::newRow("WAV with half its data")
        << u"half-data.wav"_s << qint64(1750) << 2 << 8000 << u"pcm_s16le"_s << u"wav"_s;
}

void TestAudioProbe::probesFormat()
{
    QFETCH(QString, fileName);
    QFETCH(qint64, durationMs);
    QFETCH(int, channels);
    QFETCH(int, sampleRate);
    QFETCH(QString, codec);
    QFETCH(QString, container);

    const auto info = AudioProbe::probe(path(fileName));
    QVERIFY2(info.has_value(), qPrintable(info ? QString() : info.error().message()));
    QVERIFY2(qAbs(info->durationMs - durationMs) <= kToleranceMs,
        qPrintable(u"%1 ms, expected %2 ms"_s.arg(info->durationMs).arg(durationMs)));
    QCOMPARE(info->channels, channels);
    QCOMPARE(info->sampleRate, sampleRate);
    QCOMPARE(info->codec, codec);
    QVERIFY(!info->codecName.isEmpty());
    QCOMPARE(info->container, container);
    QVERIFY(info->bitRate > 0);
    QCOMPARE(info->fileSize, QFileInfo(path(fileName)).size());
}

void TestAudioProbe::refusesBadInput_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<ErrorCode>("code");

    QTest::newRow("empty file") << u"empty.wav"_s << ErrorCode::Empty;
    QTest::newRow("WAV cut after 30 bytes") << u"header-stump.wav"_s << ErrorCode::Corrupt;
    QTest::newRow("text named .wav") << u"notes.wav"_s << ErrorCode::Unsupported;
    // The name alone makes the mp3 demuxer take it, but it finds no valid
    // frame header in noise, so the stream has neither rate nor channels.
    QTest::newRow("random bytes named .mp3") << u"noise.mp3"_s << ErrorCode::Corrupt;
    QTest::newRow("path that does not exist") << u"no-such-call.wav"_s << ErrorCode::NotFound;
    QTest::newRow("folder") << u"folder.wav"_s << ErrorCode::Io;
}

void TestAudioProbe::refusesBadInput()
{
    QFETCH(QString, fileName);
    QFETCH(ErrorCode, code);

    const QString filePath = path(fileName);
    const auto info = AudioProbe::probe(filePath);
    QVERIFY2(!info.has_value(),
        qPrintable(u"probed as %1, %2 ms"_s.arg(info ? info->codec : QString())
                       .arg(info ? info->durationMs : 0)));
    const QString message = info.error().message();
    QVERIFY2(message.contains(QDir::toNativeSeparators(filePath)), qPrintable(message));
    QVERIFY2(info.error().code() == code,
        qPrintable(u"code %1, expected %2: %3"_s.arg(int(info.error().code()))
                       .arg(int(code))
                       .arg(message)));
}

void TestAudioProbe::survivesTruncation_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<int>("percent");

    const QStringList files { u"pcm16.wav"_s, u"mulaw.wav"_s, u"lame.mp3"_s, u"aac.m4a"_s,
        u"vorbis.ogg"_s, u"call.opus"_s, u"lossless.flac"_s };
    for (const QString &file : files) {
        for (const int percent : { 1, 10, 50, 90, 99 })
            QTest::addRow("%s cut to %d%%", qPrintable(file), percent) << file << percent;
    }
}

void TestAudioProbe::survivesTruncation()
{
    // A copy interrupted mid-way is the commonest damage. Whatever FFmpeg
    // makes of it, the probe must answer, either way, without crashing.
    QFETCH(QString, fileName);
    QFETCH(int, percent);

    QFile source(path(fileName));
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QByteArray bytes = source.readAll();
    const QString cutName = u"cut-%1-%2"_s.arg(percent).arg(fileName);
    writeFile(cutName, bytes.left(qMax<qsizetype>(1, bytes.size() * percent / 100)));

    const auto info = AudioProbe::probe(path(cutName));
    if (info) {
        QVERIFY(info->durationMs > 0);
        QVERIFY(info->channels > 0);
        QVERIFY(info->sampleRate > 0);
    } else {
        QVERIFY2(info.error().message().contains(QDir::toNativeSeparators(path(cutName))),
            qPrintable(info.error().message()));
        QVERIFY2(info.error().code() == ErrorCode::Corrupt
                || info.error().code() == ErrorCode::Unsupported,
            qPrintable(info.error().message()));
    }
}

void TestAudioProbe::probesInParallel()
{
    // Import probes on several threads at once; every thread must get the
    // same answers as a lone probe, and none may crash.
    const QStringList files { u"pcm16.wav"_s, u"mulaw.wav"_s, u"lame.mp3"_s, u"aac.m4a"_s,
        u"vorbis.ogg"_s, u"call.opus"_s, u"lossless.flac"_s, u"noise.mp3"_s,
        u"header-stump.wav"_s };
    std::vector<qint64> expected;
    for (const QString &file : files) {
        const auto info = AudioProbe::probe(path(file));
        expected.push_back(info ? info->durationMs : -1);
    }

    constexpr int kThreads = 4;
    constexpr int kRounds = 5;
    std::vector<int> mismatches(kThreads, 0);
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&, t] {
            for (int round = 0; round < kRounds; ++round) {
                for (qsizetype i = 0; i < files.size(); ++i) {
                    const auto info = AudioProbe::probe(path(files[(i + t) % files.size()]));
                    if ((info ? info->durationMs : -1) != expected[(i + t) % files.size()])
                        ++mismatches[t];
                }
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    for (int t = 0; t < kThreads; ++t)
        QCOMPARE(mismatches[t], 0);
}

QTEST_GUILESS_MAIN(TestAudioProbe)
#include "TestAudioProbe.moc"
