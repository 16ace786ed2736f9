// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "core/TaskControl.h"
#include "services/ImportService.h"
#include "storage/CallRepository.h"
#include "storage/Database.h"
#include "storage/PeopleRepository.h"
#include "storage/TranscriptRepository.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace coach;

/*
 * ImportService end to end on files the ffmpeg tool makes in every format a
 * call centre exports, plus broken ones, a transcript, a manifest; and on the
 * shared corpus of real files. Probe-level checks live in tests/media; this
 * test is about what import stores, skips, relinks and reports.
 */
class TestImportService final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void importsEachFormat_data();
    void importsEachFormat();
    void failsBadFiles_data();
    void failsBadFiles();
    void importsSetWithManifestAndTranscript();
    void reimportFindsDuplicates();
    void copyUnderAnotherNameIsDuplicate();
    void movedRecordingIsRelinked();
    void cancelKeepsWhatWasStored();
    void failuresLeaveStoredCallsUntouched();
    void corpus_data();
    void corpus();
    void corpusCountsAddUp();

private:
    // set(): the good recordings; bad(): broken ones. No name: the folder.
    [[nodiscard]] QString set(const QString &name = {}) const { return m_files.filePath(name.isEmpty() ? u"set"_s : u"set/"_s + name); }
    [[nodiscard]] QString bad(const QString &name = {}) const { return m_files.filePath(name.isEmpty() ? u"bad"_s : u"bad/"_s + name); }
    [[nodiscard]] ImportSummary import(const QStringList &paths, const QString &manifest = {});
    [[nodiscard]] QStringList corpusFiles() const;

    QTemporaryDir m_files;
    QHash<QString, qint64> m_ffprobeMs; // set file name → what ffprobe says
    std::unique_ptr<QTemporaryDir> m_work;
    std::unique_ptr<Database> m_db;

    // The corpus is imported once, in one run, and then checked file by file.
    std::optional<ImportSummary> m_corpusSummary;
    std::unique_ptr<QTemporaryDir> m_corpusDir;
    std::unique_ptr<Database> m_corpusDb;
};

namespace {

constexpr qint64 kToleranceMs = 50;

struct Format
{
    const char *name;
    QStringList codec;
    double seconds;
    int channels;
    int rate;
};

const QList<Format> &formats()
{
    static const QList<Format> list{
        { "pcm.wav", { u"-c:a"_s, u"pcm_s16le"_s }, 1.5, 1, 8000 },
        { "mulaw.wav", { u"-c:a"_s, u"pcm_mulaw"_s }, 2.0, 1, 8000 },
        { "alaw.wav", { u"-c:a"_s, u"pcm_alaw"_s }, 2.5, 2, 8000 },
        { "call.mp3", { u"-c:a"_s, u"libmp3lame"_s, u"-b:a"_s, u"32k"_s }, 3.0, 1, 16000 },
        { "call.m4a", { u"-c:a"_s, u"aac"_s, u"-b:a"_s, u"32k"_s }, 3.5, 1, 16000 },
        { "call.ogg", { u"-c:a"_s, u"libvorbis"_s }, 4.0, 2, 22050 },
        { "call.opus", { u"-c:a"_s, u"libopus"_s, u"-b:a"_s, u"24k"_s }, 4.5, 1, 16000 },
        { "call.flac", { u"-c:a"_s, u"flac"_s }, 5.0, 2, 16000 },
    };
    return list;
}

const QByteArray kTranscript = "WEBVTT\n\n"
                               "00:00.000 --> 00:00.700\n<v Dana>Thanks for calling.\n\n"
                               "00:00.700 --> 00:01.400\n<v Customer>Hi, my refund is late.\n";

QString corpusRoot()
{
    return QStringLiteral(COACH_SHARED_CORPUS "/audio");
}

} // namespace

void TestImportService::initTestCase()
{
    QVERIFY(m_files.isValid());
    if (test::findTool(u"ffmpeg"_s).isEmpty() || test::findTool(u"ffprobe"_s).isEmpty())
        QSKIP("ffmpeg and ffprobe are needed to make the recordings");
    QVERIFY(QDir(m_files.path()).mkpath(u"set"_s));
    QVERIFY(QDir(m_files.path()).mkpath(u"bad"_s));
    int frequency = 300;
    for (const Format &f : formats()) {
        const QString name = QString::fromLatin1(f.name);
        const QString error = test::makeTone(set(name), f.codec, f.seconds, f.channels, f.rate, frequency += 70);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto ms = test::ffprobeDurationMs(set(name));
        QVERIFY2(ms, f.name);
        m_ffprobeMs.insert(name, *ms);
    }
    QVERIFY(test::writeFile(set(u"pcm.vtt"_s), kTranscript));
    // A transcript beside a recording that cannot be attached: the call is imported, a warning names it.
    QVERIFY(test::writeFile(set(u"mulaw.srt"_s), "not a subtitle file, just a note someone left\n"));

    QVERIFY(test::writeFile(bad(u"empty.wav"_s), {}));
    QVERIFY(test::writeFile(bad(u"truncated.wav"_s), test::readFile(set(u"pcm.wav"_s)).left(30)));
    QVERIFY(test::writeFile(bad(u"text.wav"_s), "This is not audio at all, just words.\n"));

    QVERIFY(test::writeFile(m_files.filePath(u"manifest.csv"_s),
            "file,agent,team,started_at,queue,customer_ref,csat,fcr,aht,agent_channel,mood\n"
            "set/pcm.wav,Dana Scully,Billing,2026-11-24T09:30:00Z,Refunds,C-100,4.5,yes,5:30,left,calm\n"
            "mulaw.wav,dana scully,BILLING,2026-11-24T10:00:00Z,Refunds,C-101,2,no,60,right,\n"
            "set/call.mp3,Fox Mulder,Tech,2026-11-25T08:00:00Z,Outage,C-200,,,,,\n"
            "set/not-here.wav,Nobody,Tech,,,,,,,,\n"));
}

void TestImportService::init()
{
    m_work = std::make_unique<QTemporaryDir>();
    QVERIFY(m_work->isValid());
    auto db = Database::open(m_work->filePath(u"library.coachdb"_s));
    QVERIFY2(db, db ? "" : qPrintable(db.error().message()));
    m_db = std::move(*db);
}

void TestImportService::cleanup()
{
    m_db.reset();
    m_work.reset();
}

ImportSummary TestImportService::import(const QStringList &paths, const QString &manifest)
{
    TaskControl control;
    auto summary = ImportService(*m_db).run({ paths, manifest }, control);
    if (!summary) {
        qWarning("import failed: %s", qPrintable(summary.error().message()));
        return {};
    }
    // The counts always describe the items.
    int imported = 0, duplicates = 0, relinked = 0, failed = 0;
    for (const ImportItem &item : summary->items) {
        switch (item.outcome) {
        case ImportItem::Outcome::Imported: ++imported; break;
        case ImportItem::Outcome::Duplicate: ++duplicates; break;
        case ImportItem::Outcome::Relinked: ++relinked; break;
        case ImportItem::Outcome::Failed: ++failed; break;
        }
    }
    if (imported != summary->imported || duplicates != summary->duplicates || relinked != summary->relinked
        || failed != summary->failed)
        qWarning("summary counts do not match its items");
    return *summary;
}

void TestImportService::importsEachFormat_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("channels");
    for (const Format &f : formats())
        QTest::newRow(f.name) << QString::fromLatin1(f.name) << f.channels;
}

void TestImportService::importsEachFormat()
{
    QFETCH(QString, file);
    QFETCH(int, channels);
    const ImportSummary summary = import({ set(file) });
    QCOMPARE(summary.items.size(), 1);
    const ImportItem &item = summary.items.constFirst();
    QVERIFY2(item.outcome == ImportItem::Outcome::Imported, qPrintable(item.message));
    QCOMPARE(summary.imported, 1);
    QVERIFY(item.call.isValid());
    QVERIFY2(item.message.contains(file), qPrintable(item.message));

    const auto call = CallRepository(*m_db).find(item.call);
    QVERIFY(call && call->has_value());
    const Call &c = **call;
    QCOMPARE(c.recordingPath, set(file));
    QVERIFY(!c.fingerprint.isEmpty());
    const qint64 expected = m_ffprobeMs.value(file);
    QVERIFY2(qAbs(c.audio.durationMs - expected) <= kToleranceMs,
             qPrintable(u"stored %1 ms, ffprobe %2 ms"_s.arg(c.audio.durationMs).arg(expected)));
    QCOMPARE(c.audio.channels, channels);
    QVERIFY(c.audio.sampleRate > 0);
    QVERIFY(!c.audio.codec.isEmpty());
    QCOMPARE(c.audio.fileSize, QFileInfo(set(file)).size());
    // With no manifest the start is the file's time less the call's length.
    const QDateTime modified = QFileInfo(set(file)).lastModified();
    QVERIFY2(qAbs(c.startedAt.secsTo(modified.addMSecs(-c.audio.durationMs))) <= 1,
             qPrintable(c.startedAt.toString(Qt::ISODate)));
    QCOMPARE(c.hasTranscript, file == u"pcm.wav"_s);
    QVERIFY(!c.repId.isValid());
}

void TestImportService::failsBadFiles_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("empty file") << u"bad/empty.wav"_s;
    QTest::newRow("truncated in its header") << u"bad/truncated.wav"_s;
    QTest::newRow("text named .wav") << u"bad/text.wav"_s;
    QTest::newRow("missing file") << u"bad/never-there.wav"_s;
    QTest::newRow("a transcript named explicitly") << u"set/pcm.vtt"_s;
}

void TestImportService::failsBadFiles()
{
    QFETCH(QString, path);
    const QString file = m_files.filePath(path);
    const ImportSummary summary = import({ file });
    QCOMPARE(summary.items.size(), 1);
    QCOMPARE(summary.failed, 1);
    QCOMPARE(summary.imported, 0);
    const ImportItem &item = summary.items.constFirst();
    QCOMPARE(item.outcome, ImportItem::Outcome::Failed);
    QVERIFY2(item.message.contains(QFileInfo(file).fileName()), qPrintable(item.message));
    QVERIFY(!item.call.isValid());
    QCOMPARE(*CallRepository(*m_db).count({}), 0);
}

void TestImportService::importsSetWithManifestAndTranscript()
{
    QStringList seen;
    TaskControl control([&](qint64 done, qint64 total, const QString &what) {
        QVERIFY(done >= 1 && done <= total);
        seen << what;
    });
    QList<ImportItem> streamed;
    const auto result = ImportService(*m_db).run({ { set(), bad() }, m_files.filePath(u"manifest.csv"_s) },
                                                 control, [&](const ImportItem &item) { streamed << item; });
    QVERIFY2(result, result ? "" : qPrintable(result.error().message()));
    const ImportSummary &summary = *result;
    QCOMPARE(summary.imported, formats().size());
    QCOMPARE(summary.failed, 3);
    QCOMPARE(summary.duplicates, 0);
    QCOMPARE(summary.relinked, 0);
    QCOMPARE(summary.items.size(), formats().size() + 3);
    QCOMPARE(streamed.size(), summary.items.size());
    QCOMPARE(seen.size(), summary.items.size());
    QVERIFY(!summary.cancelled);
    for (const ImportItem &item : summary.items) {
        if (item.outcome == ImportItem::Outcome::Failed)
            QVERIFY2(item.message.contains(QFileInfo(item.path).fileName()), qPrintable(item.message));
    }
    // Warnings: the unknown column, the manifest row with no recording, the transcript not attached.
    const QString warnings = summary.warnings.join(u'\n');
    QVERIFY2(warnings.contains(u"mood"_s), qPrintable(warnings));
    QVERIFY2(warnings.contains(u"not-here.wav"_s), qPrintable(warnings));
    QVERIFY2(warnings.contains(u"mulaw.srt"_s), qPrintable(warnings));

    CallRepository calls(*m_db);
    const auto byFile = [&](const QString &name) -> Call {
        for (const ImportItem &item : summary.items) {
            if (item.path == set(name))
                return **calls.find(item.call);
        }
        return {};
    };
    const Call pcm = byFile(u"pcm.wav"_s);
    // mulaw.wav sorts first, so its spelling of the rep is the one kept.
    QCOMPARE(pcm.repName, u"dana scully"_s);
    QCOMPARE(pcm.teamName, u"BILLING"_s);
    QCOMPARE(pcm.startedAt, QDateTime(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC));
    QCOMPARE(pcm.queue, u"Refunds"_s);
    QCOMPARE(pcm.customerRef, u"C-100"_s);
    QCOMPARE(pcm.csat, 4.5);
    QCOMPARE(pcm.firstContactResolution, true);
    QCOMPARE(pcm.handleTimeS, 330);
    QCOMPARE(pcm.agentChannel, AgentChannel::Left);
    QVERIFY(pcm.hasTranscript);
    const auto segments = TranscriptRepository(*m_db).segments(pcm.id);
    QVERIFY(segments);
    QCOMPARE(segments->size(), 2);
    QCOMPARE(segments->at(0).speaker, u"Dana"_s);
    QCOMPARE(segments->at(1).text, u"Hi, my refund is late."_s);
    QCOMPARE(segments->at(1).startMs, 700);

    // The manifest row named by file name only still applies; the rep is the same person.
    const Call mulaw = byFile(u"mulaw.wav"_s);
    QCOMPARE(mulaw.repId, pcm.repId);
    QCOMPARE(mulaw.customerRef, u"C-101"_s);
    QCOMPARE(mulaw.agentChannel, AgentChannel::Right);
    QVERIFY(!mulaw.hasTranscript);
    const Call mp3 = byFile(u"call.mp3"_s);
    QCOMPARE(mp3.teamName, u"Tech"_s);
    QVERIFY(!mp3.csat.has_value());
    const Call flac = byFile(u"call.flac"_s);
    QVERIFY(flac.id.isValid());
    QVERIFY(!flac.repId.isValid());

    PeopleRepository people(*m_db);
    QCOMPARE(people.teams()->size(), 2);
    QCOMPARE(people.reps()->size(), 2);
    QCOMPARE(*calls.count({}), formats().size());
}

void TestImportService::reimportFindsDuplicates()
{
    const ImportSummary first = import({ set() });
    QCOMPARE(first.imported, formats().size());
    const ImportSummary second = import({ set() });
    QCOMPARE(second.imported, 0);
    QCOMPARE(second.duplicates, formats().size());
    QCOMPARE(second.failed, 0);
    for (qsizetype i = 0; i < second.items.size(); ++i) {
        QCOMPARE(second.items.at(i).call, first.items.at(i).call);
        QVERIFY2(second.items.at(i).message.contains(QFileInfo(second.items.at(i).path).fileName()),
                 qPrintable(second.items.at(i).message));
    }
    QCOMPARE(*CallRepository(*m_db).count({}), formats().size());
}

void TestImportService::copyUnderAnotherNameIsDuplicate()
{
    const ImportSummary first = import({ set(u"call.ogg"_s) });
    QCOMPARE(first.imported, 1);
    QVERIFY(QDir(m_work->path()).mkpath(u"copies"_s));
    const QString copy = m_work->filePath(u"copies/renamed-call.oga"_s);
    QVERIFY(QFile::copy(set(u"call.ogg"_s), copy));
    const ImportSummary second = import({ copy });
    QCOMPARE(second.duplicates, 1);
    QCOMPARE(second.imported, 0);
    const ImportItem &item = second.items.constFirst();
    QCOMPARE(item.call, first.items.constFirst().call);
    QVERIFY2(item.message.contains(u"renamed-call.oga"_s) && item.message.contains(u"call.ogg"_s),
             qPrintable(item.message));
    // The library still points at the original.
    QCOMPARE((*CallRepository(*m_db).find(item.call))->recordingPath, set(u"call.ogg"_s));
    QCOMPARE(*CallRepository(*m_db).count({}), 1);
}

void TestImportService::movedRecordingIsRelinked()
{
    QVERIFY(QDir(m_work->path()).mkpath(u"old"_s));
    QVERIFY(QDir(m_work->path()).mkpath(u"new/deeper"_s));
    const QString before = m_work->filePath(u"old/pcm.wav"_s);
    QVERIFY(QFile::copy(set(u"pcm.wav"_s), before));
    QVERIFY(QFile::copy(set(u"pcm.vtt"_s), m_work->filePath(u"old/pcm.vtt"_s)));
    const ImportSummary first = import({ m_work->filePath(u"old"_s) });
    QCOMPARE(first.imported, 1);
    const CallId id = first.items.constFirst().call;

    const QString after = m_work->filePath(u"new/deeper/renamed.wav"_s);
    QVERIFY(QFile::rename(before, after));
    const ImportSummary second = import({ m_work->filePath(u"new"_s) });
    QCOMPARE(second.relinked, 1);
    QCOMPARE(second.imported, 0);
    QCOMPARE(second.items.constFirst().call, id);
    QCOMPARE(second.items.constFirst().outcome, ImportItem::Outcome::Relinked);
    const Call call = **CallRepository(*m_db).find(id);
    QCOMPARE(call.recordingPath, after);
    QVERIFY(call.hasTranscript); // what was attached stays
    QCOMPARE(*CallRepository(*m_db).count({}), 1);

    // Importing the new place again is now a plain duplicate.
    const ImportSummary third = import({ after });
    QCOMPARE(third.duplicates, 1);
}

void TestImportService::cancelKeepsWhatWasStored()
{
    TaskControl *self = nullptr;
    TaskControl control([&](qint64 done, qint64, const QString &) {
        if (done >= 1)
            self->cancel();
    });
    self = &control;
    const auto result = ImportService(*m_db).run({ { set() }, {} }, control);
    QVERIFY2(result, result ? "" : qPrintable(result.error().message()));
    QVERIFY(result->cancelled);
    QCOMPARE(result->items.size(), 1);
    QCOMPARE(result->imported, 1);
    const auto stored = CallRepository(*m_db).list({}, 0, -1);
    QVERIFY(stored);
    QCOMPARE(stored->size(), 1);
    QCOMPARE(stored->constFirst().id, result->items.constFirst().call);
    QCOMPARE(stored->constFirst().recordingPath, result->items.constFirst().path);
    QVERIFY(stored->constFirst().audio.durationMs > 0);

    // The rest comes in on the next run.
    const ImportSummary rest = import({ set() });
    QCOMPARE(rest.duplicates, 1);
    QCOMPARE(rest.imported, formats().size() - 1);
}

void TestImportService::failuresLeaveStoredCallsUntouched()
{
    const ImportSummary first = import({ set() }, m_files.filePath(u"manifest.csv"_s));
    QCOMPARE(first.imported, formats().size());
    const auto before = CallRepository(*m_db).list({}, 0, -1);
    QVERIFY(before);

    const ImportSummary second = import({ bad(), set(u"pcm.wav"_s), m_files.filePath(u"nowhere"_s) });
    QCOMPARE(second.failed, 4);
    QCOMPARE(second.duplicates, 1);

    const auto after = CallRepository(*m_db).list({}, 0, -1);
    QVERIFY(after);
    QCOMPARE(after->size(), before->size());
    for (qsizetype i = 0; i < before->size(); ++i) {
        const Call &a = after->at(i);
        const Call &b = before->at(i);
        QCOMPARE(a.id, b.id);
        QCOMPARE(a.recordingPath, b.recordingPath);
        QCOMPARE(a.fingerprint, b.fingerprint);
        QCOMPARE(a.audio.durationMs, b.audio.durationMs);
        QCOMPARE(a.repId, b.repId);
        QCOMPARE(a.startedAt, b.startedAt);
        QCOMPARE(a.csat, b.csat);
        QCOMPARE(a.hasTranscript, b.hasTranscript);
    }
    const auto problems = m_db->checkIntegrity();
    QVERIFY(problems && problems->isEmpty());
}

QStringList TestImportService::corpusFiles() const
{
    QStringList files;
    QDirIterator it(corpusRoot(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        if (!file.endsWith(u".md"_s) && !file.endsWith(u".json"_s))
            files << QFileInfo(file).absoluteFilePath(); // COACH_SHARED_CORPUS has a "..": import cleans paths

    }
    files.sort();
    return files;
}

void TestImportService::corpus_data()
{
    QTest::addColumn<QString>("file");
    const QString root = QFileInfo(corpusRoot()).absoluteFilePath() + u'/';
    for (const QString &file : corpusFiles())
        QTest::newRow(qPrintable(QString(file).remove(root))) << file;
}

void TestImportService::corpus()
{
    QFETCH(QString, file);
    if (!QFileInfo::exists(corpusRoot()))
        QSKIP("the shared audio corpus is not available");
    if (!m_corpusSummary) {
        // One run over every file, each named explicitly so that no extension is passed over.
        m_corpusDir = std::make_unique<QTemporaryDir>();
        auto db = Database::open(m_corpusDir->filePath(u"corpus.coachdb"_s));
        QVERIFY(db);
        m_corpusDb = std::move(*db);
        TaskControl control;
        auto summary = ImportService(*m_corpusDb).run({ corpusFiles(), {} }, control);
        QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message()));
        m_corpusSummary = std::move(*summary);
    }
    const auto item = std::find_if(m_corpusSummary->items.cbegin(), m_corpusSummary->items.cend(),
                                   [&](const ImportItem &i) { return i.path == file; });
    QVERIFY2(item != m_corpusSummary->items.cend(), "the file has no item in the summary");
    const auto ffprobe = test::ffprobeDurationMs(file);
    switch (item->outcome) {
    case ImportItem::Outcome::Failed:
        QVERIFY2(item->message.contains(QFileInfo(file).fileName()), qPrintable(item->message));
        break;
    case ImportItem::Outcome::Imported:
    case ImportItem::Outcome::Duplicate: {
        // A duplicate is another file of the same content: its length is the stored call's.
        const auto call = CallRepository(*m_corpusDb).find(item->call);
        QVERIFY(call && call->has_value());
        QVERIFY2(ffprobe, "imported, but ffprobe names no duration");
        QVERIFY2(qAbs((*call)->audio.durationMs - *ffprobe) <= kToleranceMs,
                 qPrintable(u"stored %1 ms, ffprobe %2 ms"_s.arg((*call)->audio.durationMs).arg(*ffprobe)));
        break;
    }
    case ImportItem::Outcome::Relinked:
        QFAIL("nothing can be relinked in a fresh library");
    }
}

void TestImportService::corpusCountsAddUp()
{
    if (!m_corpusSummary)
        QSKIP("the corpus was not imported");
    const ImportSummary &s = *m_corpusSummary;
    QCOMPARE(s.items.size(), corpusFiles().size());
    QCOMPARE(s.imported + s.duplicates + s.relinked + s.failed, int(s.items.size()));
    QCOMPARE(*CallRepository(*m_corpusDb).count({}), s.imported);
    qInfo("corpus: %d imported, %d duplicates, %d failed of %d files", s.imported, s.duplicates, s.failed,
          int(s.items.size()));
    const auto problems = m_corpusDb->checkIntegrity();
    QVERIFY(problems && problems->isEmpty());
}

QTEST_GUILESS_MAIN(TestImportService)
#include "TestImportService.moc"
