// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/AudioRenderer.h"

#include "SignalAnalysis.h"
#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::Literals::StringLiterals;
using coach::AudioRenderer;
using coach::ErrorCode;
namespace t = coach::test;

/*
 * Renders recordings made by the ffmpeg tool, a 440 Hz agent on the left and
 * a 1000 Hz customer on the right, in the formats call centres export, and
 * measures what comes out: length per tempo, pitch kept, solo, exact seeks,
 * and damaged files. No sound card involved.
 */
class TestAudioRenderer final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keepsPitchAtEveryTempo_data();
    void keepsPitchAtEveryTempo();
    void solosOneChannel_data();
    void solosOneChannel();
    void seeksExactly_data();
    void seeksExactly();
    void seeksAtDoubleTempo();
    void changesTempoWithoutLosingAudio();
    void playsMonoOnBothSides();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void survivesDamage_data();
    void survivesDamage();

private:
    [[nodiscard]] QString path(const QString &fileName) const { return m_dir.filePath(fileName); }
    void encode(const QString &fileName, const QStringList &codecArguments, const QString &signal);
    [[nodiscard]] static QByteArray readAll(AudioRenderer &renderer, qint64 maxBytes = -1);

    QTemporaryDir m_dir;
};

namespace {

constexpr int kRate = 48000;
constexpr double kSeconds = 4.0;
const QString kStereo
    = u"aevalsrc=exprs=0.5*sin(2*PI*440*t)|0.5*sin(2*PI*1000*t):s=48000:d=4"_s;
const QString kMono = u"aevalsrc=exprs=0.5*sin(2*PI*440*t):s=8000:d=2"_s;

// The stereo tone in each format, and how close a seek must come to a continuous decode.
struct Format
{
    const char *file;
    QStringList arguments;
};
const QList<Format> &formats()
{
    static const QList<Format> list {
        { "tone.wav", { u"-c:a"_s, u"pcm_s16le"_s } },
        { "tone-mulaw.wav", { u"-ar"_s, u"8000"_s, u"-c:a"_s, u"pcm_mulaw"_s } },
        { "tone.opus", { u"-c:a"_s, u"libopus"_s, u"-b:a"_s, u"128k"_s } },
        { "tone.mp3", { u"-ar"_s, u"44100"_s, u"-c:a"_s, u"libmp3lame"_s, u"-b:a"_s, u"192k"_s } },
    };
    return list;
}

} // namespace

void TestAudioRenderer::encode(const QString &fileName, const QStringList &codecArguments,
    const QString &signal)
{
    const t::ProcessResult result = t::run(t::findTool(u"ffmpeg"_s),
        QStringList { u"-nostdin"_s, u"-v"_s, u"error"_s, u"-y"_s, u"-f"_s, u"lavfi"_s, u"-i"_s,
            signal }
            + codecArguments + QStringList { path(fileName) });
    QVERIFY2(!result.crashed && result.exitCode == 0,
        qPrintable(fileName + u": "_s + QString::fromLocal8Bit(result.err)));
}

QByteArray TestAudioRenderer::readAll(AudioRenderer &renderer, qint64 maxBytes)
{
    QByteArray all;
    QByteArray buffer(4096 * 4 + 4, '\0'); // not a multiple of any frame size FFmpeg uses
    while (maxBytes < 0 || all.size() < maxBytes) {
        const qint64 want = maxBytes < 0 ? buffer.size() : std::min<qint64>(buffer.size(), maxBytes - all.size());
        auto read = renderer.read(buffer.data(), want);
        if (!read) {
            qWarning().noquote() << read.error().message();
            break;
        }
        if (*read == 0)
            break;
        all.append(buffer.constData(), *read);
    }
    return all;
}

void TestAudioRenderer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (t::findTool(u"ffmpeg"_s).isEmpty())
        QSKIP("ffmpeg is not installed; it makes the test recordings");
    for (const Format &format : formats())
        encode(QString::fromLatin1(format.file), format.arguments, kStereo);
    encode(u"mono.wav"_s, { u"-c:a"_s, u"pcm_s16le"_s }, kMono);
}

void TestAudioRenderer::keepsPitchAtEveryTempo_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<double>("tempo");
    for (const Format &format : formats()) {
        for (const double tempo : { 1.0, 1.5, 2.0, 0.5 })
            QTest::addRow("%s at %.1fx", format.file, tempo) << QString::fromLatin1(format.file) << tempo;
    }
}

void TestAudioRenderer::keepsPitchAtEveryTempo()
{
    QFETCH(QString, file);
    QFETCH(double, tempo);
    auto renderer = AudioRenderer::open(path(file), kRate);
    QVERIFY2(renderer, qPrintable(renderer ? QString() : renderer.error().message()));
    QCOMPARE((*renderer)->outputRate(), kRate);
    (*renderer)->setTempo(tempo);
    const QByteArray pcm = readAll(**renderer);

    const double seconds = double(pcm.size() / 4) / kRate;
    const double expected = double((*renderer)->durationMs()) / 1000.0 / tempo;
    QVERIFY2(std::abs(seconds - expected) <= 0.02 * expected,
        qPrintable(u"%1 s of output, expected %2 s"_s.arg(seconds).arg(expected)));
    QVERIFY2(std::abs(double((*renderer)->positionMs()) - kSeconds * 1000) <= 0.02 * kSeconds * 1000,
        qPrintable(u"ends at %1 ms"_s.arg((*renderer)->positionMs())));

    // The middle, away from the encoder's and atempo's edges.
    const qint64 frames = pcm.size() / 4;
    const double left = t::zeroCrossingFrequency(t::channelOf(pcm, 0, frames / 10, frames * 9 / 10), kRate);
    const double right = t::zeroCrossingFrequency(t::channelOf(pcm, 1, frames / 10, frames * 9 / 10), kRate);
    QVERIFY2(std::abs(left - 440) <= 0.02 * 440, qPrintable(u"left at %1 Hz"_s.arg(left)));
    QVERIFY2(std::abs(right - 1000) <= 0.02 * 1000, qPrintable(u"right at %1 Hz"_s.arg(right)));
}

void TestAudioRenderer::solosOneChannel_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<double>("tempo");
    QTest::newRow("PCM") << u"tone.wav"_s << 1.0;
    QTest::newRow("PCM at 2x") << u"tone.wav"_s << 2.0;
    QTest::newRow("mu-law") << u"tone-mulaw.wav"_s << 1.0;
    QTest::newRow("MP3 at 1.5x") << u"tone.mp3"_s << 1.5;
}

void TestAudioRenderer::solosOneChannel()
{
    QFETCH(QString, file);
    QFETCH(double, tempo);
    auto both = AudioRenderer::open(path(file), kRate);
    auto solo = AudioRenderer::open(path(file), kRate);
    QVERIFY(both && solo);
    (*both)->setTempo(tempo);
    (*solo)->setTempo(tempo);
    (*solo)->setSoloChannel(0);
    QCOMPARE((*solo)->soloChannel(), 0);
    const QByteArray normal = readAll(**both);
    const QByteArray soloed = readAll(**solo);
    const qint64 frames = soloed.size() / 4;
    QVERIFY(frames > kRate);

    const t::Samples reference = t::channelOf(normal, 1, frames / 10, frames * 9 / 10);
    const double before = t::powerAt(reference, kRate, 1000);
    for (int channel : { 0, 1 }) {
        const t::Samples out = t::channelOf(soloed, channel, frames / 10, frames * 9 / 10);
        const double after = t::powerAt(out, kRate, 1000);
        const double attenuation = t::decibels(before / after);
        QVERIFY2(attenuation >= 40,
            qPrintable(u"channel %1: 1000 Hz only %2 dB down"_s.arg(channel).arg(attenuation, 0, 'f', 1)));
        const double frequency = t::zeroCrossingFrequency(out, kRate);
        QVERIFY2(std::abs(frequency - 440) <= 0.02 * 440,
            qPrintable(u"channel %1 at %2 Hz"_s.arg(channel).arg(frequency)));
        // The soloed voice keeps its level.
        QVERIFY2(std::abs(t::rms(out) - 0.5 / std::sqrt(2.0)) < 0.05,
            qPrintable(u"channel %1 at RMS %2"_s.arg(channel).arg(t::rms(out))));
    }
}

void TestAudioRenderer::seeksExactly_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<double>("tolerance"); // largest difference to a continuous decode
    QTest::addColumn<int>("settleFrames");  // where the comparison starts
    // PCM at the output rate needs no resampling: bit-exact.
    QTest::newRow("PCM") << u"tone.wav"_s << 0.0 << 0;
    // A resampler starts without history; after a few taps it agrees.
    QTest::newRow("mu-law") << u"tone-mulaw.wav"_s << 0.001 << 256;
    QTest::newRow("Opus") << u"tone.opus"_s << 0.001 << 256;
    QTest::newRow("MP3") << u"tone.mp3"_s << 0.001 << 256;
}

void TestAudioRenderer::seeksExactly()
{
    QFETCH(QString, file);
    QFETCH(double, tolerance);
    QFETCH(int, settleFrames);
    auto continuous = AudioRenderer::open(path(file), kRate);
    auto sought = AudioRenderer::open(path(file), kRate);
    QVERIFY(continuous && sought);
    const QByteArray all = readAll(**continuous);

    // Read a little first, so the seek also has to drop what is queued.
    QVERIFY(!readAll(**sought, 10'000).isEmpty());
    QVERIFY((*sought)->seek(3000));
    QCOMPARE((*sought)->positionMs(), qint64(3000));
    const QByteArray after = readAll(**sought, kRate / 10 * 4);
    QCOMPARE(after.size(), kRate / 10 * 4);
    QCOMPARE((*sought)->positionMs(), qint64(3100));

    const QByteArray expected = all.mid(3 * kRate * 4, after.size());
    double largest = 0;
    for (int channel : { 0, 1 }) {
        const t::Samples a = t::channelOf(after, channel);
        const t::Samples b = t::channelOf(expected, channel);
        QCOMPARE(a.size(), b.size());
        for (size_t i = size_t(settleFrames); i < a.size(); ++i)
            largest = std::max(largest, std::abs(a[i] - b[i]));
    }
    qInfo("%s: largest difference to a continuous decode %.5f", qPrintable(file), largest);
    if (largest > tolerance) {
        // Say by how much it is off, for the failure message.
        const t::Samples a = t::channelOf(after, 1);
        const t::Samples reference = t::channelOf(all, 1);
        int bestLag = 0;
        double best = 1e9;
        for (int lag = -4800; lag <= 4800; ++lag) {
            double worst = 0;
            for (size_t i = size_t(settleFrames); i < a.size(); i += 7)
                worst = std::max(worst, std::abs(a[i] - reference[size_t(3 * kRate + lag) + i]));
            if (worst < best) {
                best = worst;
                bestLag = lag;
            }
        }
        qInfo("closest at a lag of %d frames (%.3f ms), differing by %.5f", bestLag, bestLag * 1000.0 / kRate, best);
    }
    QVERIFY2(largest <= tolerance, qPrintable(u"differs by %1"_s.arg(largest)));
}

void TestAudioRenderer::seeksAtDoubleTempo()
{
    auto renderer = AudioRenderer::open(path(u"tone.wav"_s), kRate);
    QVERIFY(renderer);
    (*renderer)->setTempo(2.0);
    QVERIFY((*renderer)->seek(1000));
    QCOMPARE((*renderer)->positionMs(), qint64(1000));
    // One second of output is two of the recording.
    QCOMPARE(readAll(**renderer, kRate * 4).size(), kRate * 4);
    QVERIFY2(std::abs((*renderer)->positionMs() - 3000) <= 50,
        qPrintable(QString::number((*renderer)->positionMs())));
    // Past the end: clamped, and nothing more to read.
    QVERIFY((*renderer)->seek(60'000));
    QCOMPARE((*renderer)->positionMs(), (*renderer)->durationMs());
    QVERIFY(readAll(**renderer).size() < 4 * 4800);
    QVERIFY((*renderer)->seek(-5));
    QCOMPARE((*renderer)->positionMs(), qint64(0));
}

void TestAudioRenderer::changesTempoWithoutLosingAudio()
{
    auto renderer = AudioRenderer::open(path(u"tone.wav"_s), kRate);
    QVERIFY(renderer);
    QByteArray pcm = readAll(**renderer, kRate * 4);
    QCOMPARE((*renderer)->positionMs(), qint64(1000));
    (*renderer)->setTempo(2.0);
    QCOMPARE((*renderer)->tempo(), 2.0);
    qint64 last = (*renderer)->positionMs();
    QByteArray buffer(4800 * 4, '\0');
    while (true) {
        auto read = (*renderer)->read(buffer.data(), buffer.size());
        QVERIFY(read);
        if (*read == 0)
            break;
        pcm.append(buffer.constData(), *read);
        // Recording time only moves forward, by about twice the output's.
        const qint64 now = (*renderer)->positionMs();
        QVERIFY2(now > last && now - last <= 2 * 100 + 50,
            qPrintable(u"%1 ms after %2 ms"_s.arg(now).arg(last)));
        last = now;
    }
    const double seconds = double(pcm.size() / 4) / kRate;
    QVERIFY2(std::abs(seconds - 2.5) < 0.05, qPrintable(QString::number(seconds)));
    const t::Samples tail = t::channelOf(pcm, 0, kRate * 3 / 2, kRate * 5 / 2);
    QVERIFY(std::abs(t::zeroCrossingFrequency(tail, kRate) - 440) < 0.02 * 440);
}

void TestAudioRenderer::playsMonoOnBothSides()
{
    auto renderer = AudioRenderer::open(path(u"mono.wav"_s), kRate);
    QVERIFY(renderer);
    const QByteArray pcm = readAll(**renderer);
    const qint64 frames = pcm.size() / 4;
    QVERIFY(std::abs(frames - 2 * kRate) < kRate / 50);
    const t::Samples left = t::channelOf(pcm, 0, frames / 10, frames * 9 / 10);
    const t::Samples right = t::channelOf(pcm, 1, frames / 10, frames * 9 / 10);
    QVERIFY(left == right);
    // At the level it was recorded, not 3 dB down.
    QVERIFY2(std::abs(t::rms(left) - 0.5 / std::sqrt(2.0)) < 0.02, qPrintable(QString::number(t::rms(left))));
    // Soloing a channel a mono call does not have leaves it audible.
    (*renderer)->setSoloChannel(1);
    QVERIFY((*renderer)->seek(500));
    QVERIFY(t::rms(t::channelOf(readAll(**renderer, kRate * 4), 1)) > 0.3);
}

void TestAudioRenderer::refusesBadFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("content"); // empty: do not create
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("missing") << u"missing.wav"_s << QByteArray() << ErrorCode::NotFound;
    QTest::newRow("empty") << u"empty.wav"_s << QByteArray("\0", 0) << ErrorCode::Empty;
    QTest::newRow("text") << u"notes.wav"_s << QByteArray("Call back on Monday about the refund.\n").repeated(50)
                          << ErrorCode::Unsupported;
    QTest::newRow("header cut") << u"stump.wav"_s << QByteArray("RIFF\x24\x00\x00\x00WAVEfmt ", 16)
                                << ErrorCode::Corrupt;
}

void TestAudioRenderer::refusesBadFiles()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, content);
    QFETCH(ErrorCode, code);
    if (qstrcmp(QTest::currentDataTag(), "missing") != 0)
        QVERIFY(t::writeFile(path(file), content));
    auto renderer = AudioRenderer::open(path(file), kRate);
    QVERIFY(!renderer);
    qInfo().noquote() << renderer.error().message();
    QCOMPARE(renderer.error().code(), code);
    QVERIFY2(renderer.error().message().contains(file), qPrintable(renderer.error().message()));
}

void TestAudioRenderer::survivesDamage_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("damage");
    for (const char *source : { "tone.wav", "tone.mp3", "tone.opus", "tone-mulaw.wav" }) {
        QTest::addRow("%s cut in half", source) << QString::fromLatin1(source) << u"cut"_s;
        QTest::addRow("%s with garbage inside", source) << QString::fromLatin1(source) << u"garbage"_s;
    }
}

void TestAudioRenderer::survivesDamage()
{
    QFETCH(QString, source);
    QFETCH(QString, damage);
    QByteArray bytes = t::readFile(path(source));
    QVERIFY(bytes.size() > 8192);
    if (damage == u"cut"_s) {
        bytes.truncate(bytes.size() / 2);
    } else {
        // Deterministic noise over 4 KiB in the middle.
        quint32 state = 12345;
        for (qsizetype i = bytes.size() / 2; i < bytes.size() / 2 + 4096; ++i) {
            state = state * 1664525U + 1013904223U;
            bytes[i] = char(state >> 24);
        }
    }
    const QString damaged = damage + u"-"_s + source;
    QVERIFY(t::writeFile(path(damaged), bytes));
    auto renderer = AudioRenderer::open(path(damaged), kRate);
    if (!renderer) {
        QVERIFY2(renderer.error().message().contains(damaged), qPrintable(renderer.error().message()));
        return;
    }
    (*renderer)->setTempo(1.5);
    // Reads to the end or stops with an error naming the file; never crashes.
    QByteArray buffer(8192, '\0');
    qint64 total = 0;
    for (int i = 0; i < 100'000; ++i) {
        auto read = (*renderer)->read(buffer.data(), buffer.size());
        if (!read) {
            QVERIFY2(read.error().message().contains(damaged), qPrintable(read.error().message()));
            break;
        }
        if (*read == 0)
            break;
        total += *read;
    }
    QVERIFY(total > 0);
    QVERIFY((*renderer)->seek(1500));
    QVERIFY(readAll(**renderer, 4800 * 4).size() >= 0);
}

QTEST_GUILESS_MAIN(TestAudioRenderer)
#include "TestAudioRenderer.moc"
