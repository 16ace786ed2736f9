// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/AudioProbe.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using coach::AudioProbe;

/*
 * Runs the probe over real files collected from other projects' test suites
 * (healthy, odd and fuzzed) and holds it to what the ffmpeg tools say about
 * the same file: where ffprobe names a length and ffmpeg decodes some audio,
 * import must accept the file with that length; otherwise it must refuse it
 * with a message naming the file. Nothing may crash or hang.
 *
 * With FFmpeg 5.1 every file follows the rule, so no row is marked as an
 * expected failure. Two kinds of file pass it without being healthy, and
 * this test deliberately lets them, because import shows what other tools
 * show:
 * - excerpts whose MP3 Xing/VBRI header or Ogg granule describes the whole
 *   original (taglib lame_cbr.mp3: 4 KiB said to last 1887 s; mpeg2.mp3,
 *   mutagen vbri.mp3, example.opus: 12.72 s where 11.35 s decode) are
 *   accepted with the header's length;
 * - files with a length but no decodable frame (mutagen
 *   52-overwritten-metadata.flac, flac_application.flac,
 *   truncated-64bit.mp4) are refused although tag readers open them.
 */
class TestAudioCorpus final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void agreesWithFfmpeg_data();
    void agreesWithFfmpeg();

private:
    QString m_ffprobe;
    QString m_ffmpeg;
};

namespace {

constexpr qint64 kToleranceMs = 50;

QString corpusRoot()
{
    return QStringLiteral(COACH_SHARED_CORPUS "/audio");
}

struct ToolRun
{
    int exitCode = -1;
    QByteArray output;
};

std::optional<ToolRun> runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(300'000) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished();
        return std::nullopt;
    }
    return ToolRun { process.exitCode(), process.readAllStandardOutput() };
}

} // namespace

void TestAudioCorpus::initTestCase()
{
    if (!QFileInfo(corpusRoot()).isDir())
        QSKIP("the shared audio corpus is not present");
    m_ffprobe = QStandardPaths::findExecutable(u"ffprobe"_s);
    m_ffmpeg = QStandardPaths::findExecutable(u"ffmpeg"_s);
    if (m_ffprobe.isEmpty() || m_ffmpeg.isEmpty())
        QSKIP("ffprobe and ffmpeg must be on PATH: they are the reference for the corpus");
}

void TestAudioCorpus::agreesWithFfmpeg_data()
{
    QTest::addColumn<QString>("filePath");

    const QDir root(corpusRoot());
    QStringList files;
    QDirIterator it(root.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        // The corpus describes itself in SOURCE.md and *.json; those are not audio.
        if (file.endsWith(u".md"_s, Qt::CaseInsensitive)
            || file.endsWith(u".json"_s, Qt::CaseInsensitive))
            continue;
        files << file;
    }
    files.sort();
    if (files.isEmpty())
        QSKIP("the shared audio corpus holds no audio files");
    for (const QString &file : std::as_const(files))
        QTest::newRow(qPrintable(root.relativeFilePath(file))) << file;
}

void TestAudioCorpus::agreesWithFfmpeg()
{
    QFETCH(QString, filePath);

    const auto probed = runTool(m_ffprobe,
        { u"-v"_s, u"error"_s, u"-show_entries"_s, u"format=duration"_s, u"-of"_s, u"csv=p=0"_s,
            filePath });
    QVERIFY2(probed, "ffprobe did not finish");
    bool hasDuration = false;
    const double ffprobeSeconds
        = QString::fromUtf8(probed->output).trimmed().toDouble(&hasDuration);
    const qint64 ffprobeMs = hasDuration ? qRound64(ffprobeSeconds * 1000) : 0;

    // The same decode as `ffmpeg -i FILE -f null -`, but framecrc prints one
    // line per decoded audio frame, so "decodes some audio" can be counted.
    const auto decoded = runTool(m_ffmpeg,
        { u"-nostdin"_s, u"-v"_s, u"error"_s, u"-i"_s, filePath, u"-map"_s, u"0:a:0?"_s, u"-f"_s,
            u"framecrc"_s, u"-"_s });
    QVERIFY2(decoded, "ffmpeg did not finish");
    qsizetype frames = 0;
    for (const QByteArray &line : decoded->output.split('\n')) {
        if (!line.isEmpty() && !line.startsWith('#'))
            ++frames;
    }

    const bool ffmpegAccepts = hasDuration && ffprobeMs > 0 && frames > 0;
    const auto info = AudioProbe::probe(filePath);
    const QString ours = info ? u"%1 ms, %2, %3 ch, %4 Hz"_s.arg(info->durationMs)
                                    .arg(info->codec)
                                    .arg(info->channels)
                                    .arg(info->sampleRate)
                              : u"refused: "_s + info.error().message();
    qInfo().noquote() << u"ffprobe: %1 ms, ffmpeg: %2 frames; probe: %3"_s
                             .arg(hasDuration ? QString::number(ffprobeMs) : u"N/A"_s)
                             .arg(frames)
                             .arg(ours);

    if (ffmpegAccepts) {
        QVERIFY2(info.has_value(), qPrintable(info ? QString() : info.error().message()));
        QVERIFY2(qAbs(info->durationMs - ffprobeMs) <= kToleranceMs,
            qPrintable(u"%1 ms, ffprobe says %2 ms"_s.arg(info->durationMs).arg(ffprobeMs)));
        QVERIFY(info->channels > 0);
        QVERIFY(info->sampleRate > 0);
        QVERIFY(!info->codec.isEmpty());
    } else {
        QVERIFY2(!info.has_value(),
            qPrintable(info ? u"accepted with %1 ms"_s.arg(info->durationMs) : QString()));
        QVERIFY2(info.error().message().contains(QDir::toNativeSeparators(filePath)),
            qPrintable(info.error().message()));
    }
}

QTEST_GUILESS_MAIN(TestAudioCorpus)
#include "TestAudioCorpus.moc"
