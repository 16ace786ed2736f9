// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/PlaybackEngine.h"

#include "SignalAnalysis.h"
#include "TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMediaDevices>
#include <QAudioDevice>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using coach::PlaybackEngine;
using coach::TimeRange;
namespace t = coach::test;

/*
 * Plays real recordings through Qt Multimedia into a PulseAudio null sink
 * (started by the PulseNullSink CTest fixture) and records the sink's
 * monitor with parec, so what is checked is what a listener would hear:
 * pitch kept at 2x, the soloed channel alone, the loop without a gap, and a
 * position that follows the audio. Skips when no sound server is there.
 */
class TestPlaybackEngine final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void reportsMissingDevice();
    void opensPausedAtResumePoint();
    void keepsPitchAndFollowsSpeed_data();
    void keepsPitchAndFollowsSpeed();
    void solosInWhatComesOut();
    void appliesVolumeAndMute();
    void pauseStopsPosition();
    void seekJumps();
    void loopsWithoutGap_data();
    void loopsWithoutGap();
    void skipsSilence();
    void reportsUnplayableFile();

private:
    struct Tick
    {
        qint64 wallMs;
        qint64 positionMs;
    };

    [[nodiscard]] QString path(const QString &fileName) const { return m_dir.filePath(fileName); }
    void encode(const QString &fileName, const QString &signal);
    void startRecording();
    void stopRecording();
    // What the sink played since this test function began.
    [[nodiscard]] QByteArray recorded();
    void openAndWait(const QString &fileName, qint64 startMs = 0);
    // Wall-clock ticks of positionChanged from `fromWallMs` on.
    [[nodiscard]] QList<Tick> ticksSince(qint64 fromWallMs) const;

    QTemporaryDir m_dir;
    bool m_childForMissingDevice = false;
    std::unique_ptr<PlaybackEngine> m_engine;
    std::unique_ptr<QProcess> m_recorder;
    QString m_recording;
    qint64 m_recordedBefore = 0; // bytes of earlier test functions
    QElapsedTimer m_wall;
    QList<Tick> m_ticks;
};

namespace {

constexpr int kRate = 48000; // what parec records at
constexpr int kTimeoutMs = 15'000;
const QString kStereo
    = u"aevalsrc=exprs=0.5*sin(2*PI*440*t)|0.5*sin(2*PI*1000*t):s=48000:d=20"_s;
// Tone, four seconds of silence, tone: what skip silence jumps over.
const QString kGapped
    = u"aevalsrc=exprs=if(between(t\\,2\\,6)\\,0\\,0.5*sin(2*PI*440*t))|if(between(t\\,2\\,6)\\,0\\,0.5*sin(2*PI*440*t)):s=48000:d=10"_s;
constexpr char kChildVariable[] = "COACH_TEST_PLAYBACK_NO_DEVICE";

// The middle of what was heard: past the start and the end of playback.
t::Samples heard(const QByteArray &pcm, int channel, qint64 marginFrames = kRate / 5)
{
    const auto [first, last] = t::loudSpan(t::channelOf(pcm, channel), 0.05);
    return t::channelOf(pcm, channel, first + marginFrames, last - marginFrames);
}

} // namespace

void TestPlaybackEngine::encode(const QString &fileName, const QString &signal)
{
    const t::ProcessResult result = t::run(t::findTool(u"ffmpeg"_s),
        { u"-nostdin"_s, u"-v"_s, u"error"_s, u"-y"_s, u"-f"_s, u"lavfi"_s, u"-i"_s, signal,
            u"-c:a"_s, u"pcm_s16le"_s, path(fileName) });
    QVERIFY2(!result.crashed && result.exitCode == 0,
        qPrintable(fileName + u": "_s + QString::fromLocal8Bit(result.err)));
}

void TestPlaybackEngine::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_wall.start();
    m_childForMissingDevice = qEnvironmentVariableIsSet(kChildVariable);
    if (t::findTool(u"ffmpeg"_s).isEmpty())
        QSKIP("ffmpeg is not installed; it makes the test recordings");
    encode(u"tone.wav"_s, kStereo);
    encode(u"gapped.wav"_s, kGapped);
    if (m_childForMissingDevice)
        return;

    // The CTest fixture leaves a word on whether its daemon came up.
    const QString pulseDir = qEnvironmentVariable("COACH_PULSE_DIR");
    if (!pulseDir.isEmpty()) {
        const QByteArray status = t::readFile(QDir(pulseDir).filePath(u"status"_s)).trimmed();
        if (status != "ready")
            QSKIP(qPrintable(u"no sound server: "_s + QString::fromUtf8(status)));
    }
    if (t::findTool(u"parec"_s).isEmpty() || t::findTool(u"pactl"_s).isEmpty())
        QSKIP("parec and pactl (pulseaudio-utils) are not installed");
    const t::ProcessResult sinks = t::run(t::findTool(u"pactl"_s), { u"list"_s, u"short"_s, u"sinks"_s });
    if (sinks.exitCode != 0 || !sinks.out.contains("\tnull\t"))
        QSKIP("no PulseAudio server with a sink named \"null\"; run through ctest, whose fixture starts one");
    if (QMediaDevices::defaultAudioOutput().isNull())
        QSKIP("Qt Multimedia sees no audio output");
    qInfo().noquote() << "playing to" << QMediaDevices::defaultAudioOutput().description();
    startRecording();
}

void TestPlaybackEngine::cleanupTestCase()
{
    if (m_recorder)
        stopRecording();
}

void TestPlaybackEngine::init()
{
    m_ticks.clear();
    m_engine = std::make_unique<PlaybackEngine>();
    connect(m_engine.get(), &PlaybackEngine::positionChanged, this,
        [this](qint64 ms) { m_ticks.append({ m_wall.elapsed(), ms }); });
    if (m_recorder) {
        // parec writes a moment behind the sink: let the end of the previous
        // function's sound reach the file before this one's part begins.
        const qint64 now = QFileInfo(m_recording).size();
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(m_recording).size() >= now + kRate * 4 * 4 / 10, kTimeoutMs);
        m_recordedBefore = QFileInfo(m_recording).size() / 4 * 4;
    }
}

void TestPlaybackEngine::cleanup()
{
    m_engine.reset();
}

// One recording for the whole run, each test function taking its part.
// parec also keeps the null sink running in small blocks (its requested
// latency), so the sink consumes audio in real time rather than in 2 s bursts.
void TestPlaybackEngine::startRecording()
{
    m_recording = path(u"monitor.raw"_s);
    m_recorder = std::make_unique<QProcess>();
    m_recorder->setStandardOutputFile(m_recording);
    m_recorder->start(t::findTool(u"parec"_s),
        { u"-d"_s, u"null.monitor"_s, u"--format=s16le"_s, u"--rate=48000"_s, u"--channels=2"_s,
            u"--latency-msec=10"_s, u"--raw"_s });
    QVERIFY2(m_recorder->waitForStarted(kTimeoutMs), qPrintable(m_recorder->errorString()));
    // Recording once bytes arrive.
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(m_recording).size() > 4800 * 4, kTimeoutMs);
}

void TestPlaybackEngine::stopRecording()
{
    m_recorder->terminate();
    if (!m_recorder->waitForFinished(5000)) {
        m_recorder->kill();
        m_recorder->waitForFinished();
    }
    m_recorder.reset();
}

QByteArray TestPlaybackEngine::recorded()
{
    // parec writes in blocks; wait for the silence after the sound to be in the file.
    const qint64 now = QFileInfo(m_recording).size();
    [&] { QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(m_recording).size() >= now + kRate * 4 * 3 / 10, kTimeoutMs); }();
    return t::readFile(m_recording).mid(m_recordedBefore);
}

void TestPlaybackEngine::openAndWait(const QString &fileName, qint64 startMs)
{
    QSignalSpy states(m_engine.get(), &PlaybackEngine::stateChanged);
    m_engine->open(path(fileName), startMs);
    // Loading first (after Empty when something was open), then Paused.
    const auto settled = [&states] {
        bool loading = false;
        for (const QList<QVariant> &state : states) {
            const auto value = state.first().value<PlaybackEngine::State>();
            loading = loading || value == PlaybackEngine::State::Loading;
            if (loading && (value == PlaybackEngine::State::Paused || value == PlaybackEngine::State::Failed))
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(settled(), kTimeoutMs);
    QCOMPARE(m_engine->state(), PlaybackEngine::State::Paused);
}

QList<TestPlaybackEngine::Tick> TestPlaybackEngine::ticksSince(qint64 fromWallMs) const
{
    QList<Tick> ticks;
    for (const Tick &tick : m_ticks) {
        if (tick.wallMs >= fromWallMs)
            ticks.append(tick);
    }
    return ticks;
}

void TestPlaybackEngine::reportsMissingDevice()
{
    if (!m_childForMissingDevice) {
        // Qt Multimedia looks for devices once per process, so the check runs
        // in a child that sees no sound server.
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QString::fromLatin1(kChildVariable), u"1"_s);
        environment.insert(u"PULSE_SERVER"_s, u"unix:/nonexistent/coachbench/native"_s);
        child.setProcessEnvironment(environment);
        child.start(QCoreApplication::applicationFilePath(), { u"reportsMissingDevice"_s });
        QVERIFY(child.waitForFinished(60'000));
        const QByteArray output = child.readAllStandardOutput() + child.readAllStandardError();
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, output.constData());
        return;
    }
    if (!QMediaDevices::defaultAudioOutput().isNull())
        QSKIP("an audio output is there even without PulseAudio");
    QSignalSpy errors(m_engine.get(), &PlaybackEngine::errorOccurred);
    openAndWait(u"tone.wav"_s);
    m_engine->play();
    QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, kTimeoutMs);
    const QString message = errors.first().first().toString();
    qInfo().noquote() << message;
    QVERIFY(message.contains(QDir::toNativeSeparators(path(u"tone.wav"_s))));
    QVERIFY(message.contains(u"no audio output device"_s));
    // The recording is fine; only the output is missing.
    QCOMPARE(m_engine->state(), PlaybackEngine::State::Paused);
    QCOMPARE(m_engine->errorString(), message);
}

void TestPlaybackEngine::opensPausedAtResumePoint()
{
    QSignalSpy durations(m_engine.get(), &PlaybackEngine::durationChanged);
    openAndWait(u"tone.wav"_s, 7500);
    QCOMPARE(m_engine->duration(), qint64(20'000));
    QCOMPARE(durations.count(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_engine->position(), qint64(7500), kTimeoutMs);
    // Opening another closes the first.
    openAndWait(u"gapped.wav"_s);
    QCOMPARE(m_engine->duration(), qint64(10'000));
    QTRY_COMPARE_WITH_TIMEOUT(m_engine->position(), qint64(0), kTimeoutMs);
    m_engine->close();
    QTRY_COMPARE_WITH_TIMEOUT(m_engine->state(), PlaybackEngine::State::Empty, kTimeoutMs);
    QCOMPARE(m_engine->duration(), qint64(0));
}

void TestPlaybackEngine::keepsPitchAndFollowsSpeed_data()
{
    QTest::addColumn<double>("rate");
    QTest::newRow("1x") << 1.0;
    QTest::newRow("2x") << 2.0;
}

void TestPlaybackEngine::keepsPitchAndFollowsSpeed()
{
    QFETCH(double, rate);
    openAndWait(u"tone.wav"_s);
    m_engine->setRate(rate);
    const qint64 playedAt = m_wall.elapsed();
    m_engine->play();
    QTRY_COMPARE_WITH_TIMEOUT(m_engine->state(), PlaybackEngine::State::Playing, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_engine->position() >= qint64(3000 * rate), kTimeoutMs);
    m_engine->pause();
    QTRY_COMPARE_WITH_TIMEOUT(m_engine->state(), PlaybackEngine::State::Paused, kTimeoutMs);
    const QByteArray pcm = recorded();

    // Position against wall time, past the first half second of start-up.
    QList<Tick> ticks = ticksSince(playedAt + 500);
    QVERIFY(ticks.size() > 20);
    ticks.removeLast(); // the one the pause sent
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (const Tick &tick : ticks) {
        sx += double(tick.wallMs);
        sy += double(tick.positionMs);
        sxx += double(tick.wallMs) * double(tick.wallMs);
        sxy += double(tick.wallMs) * double(tick.positionMs);
    }
    const double n = double(ticks.size());
    const double speed = (n * sxy - sx * sy) / (n * sxx - sx * sx);
    const double left = t::zeroCrossingFrequency(heard(pcm, 0), kRate);
    const double right = t::zeroCrossingFrequency(heard(pcm, 1), kRate);
    qInfo("at %.1fx: position advanced %.3f ms per ms of wall time; heard %.1f Hz left, %.1f Hz right",
        rate, speed, left, right);
    QVERIFY2(std::abs(speed - rate) <= 0.05 * rate, qPrintable(QString::number(speed)));
    QVERIFY2(std::abs(left - 440) <= 0.02 * 440, qPrintable(QString::number(left)));
    QVERIFY2(std::abs(right - 1000) <= 0.02 * 1000, qPrintable(QString::number(right)));
}

void TestPlaybackEngine::solosInWhatComesOut()
{
    openAndWait(u"tone.wav"_s);
    m_engine->setSoloChannel(0);
    m_engine->setRate(1.5);
    m_engine->play();
    QTRY_VERIFY_WITH_TIMEOUT(m_engine->position() >= 3000, kTimeoutMs);
    m_engine->pause();
    QTRY_COMPARE_WITH_TIMEOUT(m_engine->state(), PlaybackEngine::State::Paused, kTimeoutMs);
    const QByteArray pcm = recorded();
    for (int channel : { 0, 1 }) {
        const t::Samples samples = heard(pcm, channel);
        QVERIFY(samples.size() > size_t(kRate));
        // A 0.5 sine has power 0.125 at its frequency.
        const double attenuation = t::decibels(0.125 / t::powerAt(samples, kRate, 1000));
        const double frequency = t::zeroCrossingFrequency(samples, kRate);
        qInfo("solo agent, channel %d: 1000 Hz %.1f dB down, heard %.1f Hz", channel, attenuation, frequency);
        QVERIFY2(attenuation >= 40, qPrintable(QString::number(attenuation)));
        QVERIFY2(std::abs(frequency - 440) <= 0.02 * 440, qPrintable(QString::number(frequency)));
    }
}

void TestPlaybackEngine::appliesVolumeAndMute()
{
    openAndWait(u"tone.wav"_s);
    m_engine->setVolume(0.5F);
    m_engine->play();
    QTRY_VERIFY_WITH_TIMEOUT(m_engine->position() >= 1200, kTimeoutMs);
    m_engine->setMuted(true);
    QTRY_VERIFY_WITH_TIMEOUT(m_engine->position() >= 2400, kTimeoutMs);
    m_engine->pause();
    QTRY_COMPARE_WITH_TIMEOUT(m_engine->state(), PlaybackEngine::State::Paused, kTimeoutMs);
    const QByteArray pcm = recorded();
    const auto [first, last] = t::loudSpan(t::channelOf(pcm, 0), 0.05);
    const double level = t::rms(heard(pcm, 0));
    const double loudMs = double(last - first) * 1000 / kRate;
    qInfo("volume 0.5: RMS %.3f (full: 0.354); muted after 1200 ms of sound, heard %.0f ms", level, loudMs);
    QVERIFY2(std::abs(level - 0.5 * 0.5 / std::sqrt(2.0)) < 0.02, qPrintable(QString::number(level)));
    // Muting takes effect within what the sink had queued.
    QVERIFY2(loudMs > 1100 && loudMs < 1500, qPrintable(QString::number(loudMs)));
}

void TestPlaybackEngine::pauseStopsPosition()
{
    openAndWait(u"tone.wav"_s);
    m_engine->play();
    QTRY_VERIFY_WITH_TIMEOUT(m_engine->position() >= 1000, kTimeoutMs);
    qint64 pausedAt = -1;
    connect(m_engine.get(), &PlaybackEngine::stateChanged, this, [&](PlaybackEngine::State state) {
        if (state == PlaybackEngine::State::Paused && pausedAt < 0)
            pausedAt = m_wall.elapsed();
    });
    const qint64 calledAt = m_wall.elapsed();
    const qint64 before = m_engine->position();
    m_engine->pause();
    QTRY_COMPARE_WITH_TIMEOUT(m_engine->state(), PlaybackEngine::State::Paused, kTimeoutMs);
    const qint64 paused = m_engine->position();
    qInfo("pause: Paused reported %lld ms after the call; position moved %lld ms past the call",
        pausedAt - calledAt, paused - before);
    QVERIFY(paused - before < 150);
    // Staying still is the point here, so this waits on purpose.
    QTest::qWait(500);
    QCOMPARE(m_engine->position(), paused);
    m_engine->play();
    QTRY_VERIFY_WITH_TIMEOUT(m_engine->position() > paused + 200, kTimeoutMs);
    m_engine->togglePlayPause();
    QTRY_COMPARE_WITH_TIMEOUT(m_engine->state(), PlaybackEngine::State::Paused, kTimeoutMs);
}

void TestPlaybackEngine::seekJumps()
{
    openAndWait(u"tone.wav"_s);
    m_engine->play();
    QTRY_VERIFY_WITH_TIMEOUT(m_engine->position() >= 500, kTimeoutMs);
    const qint64 calledAt = m_wall.elapsed();
    m_engine->seek(12'000);
    QTRY_VERIFY_WITH_TIMEOUT(m_engine->position() >= 12'050, kTimeoutMs);
    const QList<Tick> ticks = ticksSince(calledAt);
    const auto there = std::find_if(ticks.begin(), ticks.end(), [](const Tick &tick) { return tick.positionMs >= 12'000; });
    const auto moving = std::find_if(ticks.begin(), ticks.end(), [](const Tick &tick) { return tick.positionMs > 12'000; });
    QVERIFY(there != ticks.end() && moving != ticks.end());
    const qint64 movingMs = moving->wallMs - calledAt;
    qInfo("seek while playing: position reported after %lld ms, advancing from there after %lld ms",
        there->wallMs - calledAt, movingMs);
    QVERIFY(m_engine->position() < 13'000);
    QVERIFY(movingMs < 500);
    // Backwards, and while paused.
    m_engine->pause();
    m_engine->seek(4000);
    QTRY_COMPARE_WITH_TIMEOUT(m_engine->position(), qint64(4000), kTimeoutMs);
    QCOMPARE(m_engine->state(), PlaybackEngine::State::Paused);
    // Played to the end it rests there, and play starts over.
    m_engine->seek(19'600);
    m_engine->play();
    QTRY_COMPARE_WITH_TIMEOUT(m_engine->position(), qint64(20'000), kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_engine->state(), PlaybackEngine::State::Paused, kTimeoutMs);
    m_engine->play();
    QTRY_VERIFY_WITH_TIMEOUT(m_engine->position() > 0 && m_engine->position() < 2000, kTimeoutMs);
}

void TestPlaybackEngine::loopsWithoutGap_data()
{
    QTest::addColumn<double>("rate");
    QTest::newRow("1x") << 1.0;
    QTest::newRow("2x") << 2.0;
}

void TestPlaybackEngine::loopsWithoutGap()
{
    QFETCH(double, rate);
    openAndWait(u"tone.wav"_s);
    m_engine->setRate(rate);
    // 439.56 periods of 440 Hz: the join meets the tone in another phase,
    // where a plain cut would click.
    m_engine->setLoop(TimeRange { 2000, 2999 });
    m_engine->seek(2000);
    const qint64 playedAt = m_wall.elapsed();
    m_engine->play();
    // At least three times round the loop.
    QTRY_VERIFY_WITH_TIMEOUT(m_wall.elapsed() - playedAt > 3500, kTimeoutMs);
    const QList<Tick> ticks = ticksSince(playedAt);
    m_engine->pause();
    QTRY_COMPARE_WITH_TIMEOUT(m_engine->state(), PlaybackEngine::State::Paused, kTimeoutMs);
    const QByteArray pcm = recorded();

    int wraps = 0;
    for (qsizetype i = 0; i < ticks.size(); ++i) {
        QVERIFY2(ticks[i].positionMs >= 2000 && ticks[i].positionMs <= 2999,
            qPrintable(QString::number(ticks[i].positionMs)));
        if (i > 0 && ticks[i].positionMs < ticks[i - 1].positionMs)
            ++wraps;
    }
    QVERIFY2(wraps >= 2, qPrintable(QString::number(wraps)));

    // No gap: the tone never drops out between the first and last sound.
    const t::Samples left = t::channelOf(pcm, 0);
    const auto [first, last] = t::loudSpan(left, 0.05);
    QVERIFY(last - first > 3 * kRate);
    const qint64 quiet = t::longestQuietRun(left, 0.05, first, last);
    // No click: the steepest step stays near a 440 Hz sine's own (0.029 at 0.5).
    const double step = t::largestStep(left, first + 200, last - 200);
    qInfo("loop at %.1fx: %d wraps; longest drop-out %.2f ms; steepest step %.3f", rate, wraps,
        quiet * 1000.0 / kRate, step);
    QVERIFY2(quiet * 1000 / kRate < 2, qPrintable(QString::number(quiet)));
    QVERIFY2(step < 0.08, qPrintable(QString::number(step)));

    // An empty range ends the loop.
    m_engine->setLoop({});
    m_engine->play();
    QTRY_VERIFY_WITH_TIMEOUT(m_engine->position() > 3200, kTimeoutMs);
}

void TestPlaybackEngine::skipsSilence()
{
    openAndWait(u"gapped.wav"_s);
    m_engine->setSkippedRanges({ TimeRange { 2000, 6000 } });
    m_engine->setSkipSilence(true);
    m_engine->seek(1000);
    const qint64 playedAt = m_wall.elapsed();
    m_engine->play();
    QTRY_VERIFY_WITH_TIMEOUT(m_engine->position() >= 6500, kTimeoutMs);
    const qint64 tookMs = m_wall.elapsed() - playedAt;
    qInfo("skip silence: 1.0 s to 6.5 s of the recording in %lld ms", tookMs);
    // 1.5 s of sound, not 5.5 s.
    QVERIFY(tookMs < 3500);
    for (const Tick &tick : ticksSince(playedAt))
        QVERIFY2(tick.positionMs < 2100 || tick.positionMs >= 6000, qPrintable(QString::number(tick.positionMs)));
    // Seeking into the silence lands after it.
    m_engine->seek(3000);
    QTRY_VERIFY_WITH_TIMEOUT(m_engine->position() >= 6000, kTimeoutMs);
}

void TestPlaybackEngine::reportsUnplayableFile()
{
    QVERIFY(t::writeFile(path(u"minutes.wav"_s), QByteArray("Minutes of the weekly huddle\n").repeated(40)));
    QSignalSpy errors(m_engine.get(), &PlaybackEngine::errorOccurred);
    m_engine->open(path(u"minutes.wav"_s));
    QTRY_COMPARE_WITH_TIMEOUT(m_engine->state(), PlaybackEngine::State::Failed, kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, kTimeoutMs);
    const QString message = errors.first().first().toString();
    qInfo().noquote() << message;
    QVERIFY(message.contains(QDir::toNativeSeparators(path(u"minutes.wav"_s))));
    QCOMPARE(m_engine->errorString(), message);
    // Nothing to play; play and seek are ignored rather than crash.
    m_engine->play();
    m_engine->seek(1000);
    // A missing file is named too, and a good one opens after a failed one.
    m_engine->open(path(u"gone.wav"_s));
    QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 2, kTimeoutMs);
    QVERIFY(errors.last().first().toString().contains(u"gone.wav"_s));
    openAndWait(u"tone.wav"_s);
}

QTEST_GUILESS_MAIN(TestPlaybackEngine)
#include "TestPlaybackEngine.moc"
