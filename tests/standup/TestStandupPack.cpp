// SPDX-License-Identifier: GPL-3.0-or-later
// The standup pack end to end: the demo library in, a folder or zip out, every
// file checked by reading it back (ffprobe, WebVttReader, pdftotext, unzip).
#include "StandupFixture.h"
#include "TestSupport.h"
#include "core/TaskControl.h"
#include "documents/PdfExporter.h"
#include "export/CueSheetHtml.h"
#include "export/M3uPlaylist.h"
#include "export/StandupPackLayout.h"
#include "export/StandupPackPlanner.h"
#include "services/StandupPackBuilder.h"
#include "transcript/WebVttReader.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <chrono>
#include <filesystem>

using namespace coach;
using namespace Qt::Literals::StringLiterals;

class TestStandupPack final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void playlistText();
    void playlistParse();
    void slug_data();
    void slug();
    void clipSegmentsCutAndBleep();
    void tipRange_data();
    void tipRange();

    void candidatesOfTheWeek();
    void planOrdersHighlightThenTips();
    void planRefusesAnEmptyPack();
    void cueSheetNamesWhoAndWhat();

    void buildsFolder();
    void buildsZip();
    void refusesExistingDestination();
    void replacesOnlyWhenComplete();
    void vanishedRecordingLeavesNothing();
    void cancelLeavesNothing();
    void sweepsWhatAKilledBuildLeft();
    void unwritableDestination();

private:
    [[nodiscard]] StandupPack plannedPack();
    [[nodiscard]] static StandupPackBuilder::Options options(const QString &destination);
    // Entries of `folder` that are not `keep`: temporary leftovers of a build.
    [[nodiscard]] static QStringList strays(const QString &folder, const QStringList &keep = {});

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    StandupFixture m_fixture;
    bool m_haveFfprobe = false;
};

void TestStandupPack::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto db = Database::open(m_dir.filePath(u"library.db"_s));
    QVERIFY2(db, db ? "" : qPrintable(db.error().message()));
    m_db = std::move(*db);
    const QString failed = m_fixture.fill(*m_db);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    m_haveFfprobe = !test::findTool(u"ffprobe"_s).isEmpty();
}

void TestStandupPack::playlistText()
{
    M3uPlaylist playlist;
    playlist.append({ u"01-highlight-priya-nair.opus"_s, 30'000, u"Priya Nair — Empathy bridge"_s });
    playlist.append({ u"02-tip.opus"_s, 24'001, u"Two\nlines"_s });
    playlist.append({ u"sub\\03.opus"_s, -1, QString() });
    QCOMPARE(QString::fromUtf8(playlist.toUtf8()),
             u"#EXTM3U\n"
             "#EXTINF:30,Priya Nair — Empathy bridge\n01-highlight-priya-nair.opus\n"
             "#EXTINF:25,Two lines\n02-tip.opus\n"
             "#EXTINF:-1,\nsub/03.opus\n"_s);
    QVERIFY(!playlist.toUtf8().startsWith("\xef\xbb\xbf")); // no BOM
}

void TestStandupPack::playlistParse()
{
    const QByteArray text = "\xef\xbb\xbf#EXTM3U\r\n#EXTINF:12.5 tvg-id=\"x\",Café, encore\r\nclip one.opus\r\n\r\n"
                            "plain.mp3\n#EXTINF:abc,bad\nx.opus\n";
    const auto bad = M3uPlaylist::parse(text, u"p.m3u"_s);
    QVERIFY(!bad);
    QVERIFY(bad.error().message().contains(u"p.m3u, line 6"_s));
    const auto good = M3uPlaylist::parse(text.left(text.indexOf("#EXTINF:abc")), u"p.m3u"_s);
    QVERIFY(good);
    QCOMPARE(good->entries().size(), 2);
    QCOMPARE(good->entries().at(0), (M3uEntry{ u"clip one.opus"_s, 12'500, u"Café, encore"_s }));
    QCOMPARE(good->entries().at(1), (M3uEntry{ u"plain.mp3"_s, -1, QString() }));
}

void TestStandupPack::slug_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("accents") << u"Émilie O'Brien"_s << u"emilie-o-brien"_s;
    QTest::newRow("quotes and dashes") << u"“Yes, And” — pattern"_s << u"yes-and-pattern"_s;
    QTest::newRow("only symbols") << u"— ✓ —"_s << QString();
    QTest::newRow("long") << u"Layered questioning with a very long tail of words"_s << u"layered-questioning-with-a-very-long"_s;
    QTest::newRow("ligature") << u"ﬁnance team"_s << u"finance-team"_s;
}

void TestStandupPack::slug()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(StandupPackLayout::slug(text), expected);
}

void TestStandupPack::clipSegmentsCutAndBleep()
{
    StandupClip clip;
    clip.range = { 10'000, 40'000 };
    clip.segments = { { 5'000, 12'000, u"Rep"_s, u"before and into"_s },
                      { 15'000, 20'000, u"Customer"_s, u"my card is 4111"_s },
                      { 25'000, 45'000, u"Rep"_s, u"past the end"_s },
                      { 41'000, 42'000, u"Rep"_s, u"outside"_s } };
    clip.bleeped = { { 16'000, 17'000 } };
    const QList<Segment> got = StandupPackLayout::clipSegments(clip);
    QCOMPARE(got.size(), 3);
    QCOMPARE(got.at(0).startMs, 0);
    QCOMPARE(got.at(0).endMs, 2'000);
    QCOMPARE(got.at(1).text, StandupPackLayout::tr("[removed]"));
    QCOMPARE(got.at(2).startMs, 15'000);
    QCOMPARE(got.at(2).endMs, 30'000);
    const QString excerpt = StandupPackLayout::transcriptExcerpt(clip);
    QVERIFY(!excerpt.contains(u"4111"_s));
    QCOMPARE(excerpt, u"Rep: before and into Customer: [removed] Rep: past the end"_s);
    QCOMPARE(StandupPackLayout::transcriptExcerpt(clip, 12), u"Rep: before and…"_s);
    QCOMPARE(StandupPackLayout::transcriptExcerpt(clip, 20), u"Rep: before and into…"_s); // "[removed]" has no word break
    QCOMPARE(StandupPackLayout::excerpt(clip, 30).size(), 3);
    QCOMPARE(StandupPackLayout::excerpt(clip, 30).last().text, u"past…"_s);
}

void TestStandupPack::tipRange_data()
{
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("end");
    QTest::addColumn<qint64>("duration");
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::newRow("region kept") << 5'000ll << 35'000ll << 200'000ll << 5'000ll << 35'000ll;
    QTest::newRow("moment mid-call") << 60'000ll << 60'000ll << 200'000ll << 50'000ll << 80'000ll;
    QTest::newRow("moment near start") << 4'000ll << 4'000ll << 200'000ll << 0ll << 24'000ll;
    QTest::newRow("moment near end") << 195'000ll << 195'000ll << 200'000ll << 185'000ll << 200'000ll;
    QTest::newRow("region past end") << 190'000ll << 230'000ll << 200'000ll << 190'000ll << 200'000ll;
}

void TestStandupPack::tipRange()
{
    QFETCH(qint64, start);
    QFETCH(qint64, end);
    QFETCH(qint64, duration);
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QCOMPARE(StandupPackPlanner::tipRange(start, end, duration), (TimeRange{ from, to }));
}

void TestStandupPack::candidatesOfTheWeek()
{
    const StandupPackPlanner planner(*m_db);
    const auto candidates = planner.tipCandidates(m_fixture.billing, m_fixture.week);
    QVERIFY2(candidates, candidates ? "" : qPrintable(candidates.error().message()));
    QList<AnnotationId> ids;
    for (const StandupClip &clip : *candidates)
        ids.append(clip.annotation);
    QCOMPARE(ids, m_fixture.tips); // by call start, then annotation start; no anti-pattern, suggestion or other week
    const StandupClip &moment = candidates->at(1);
    QCOMPARE(moment.range, (TimeRange{ 50'000, 80'000 }));
    QCOMPARE(moment.repName, u"Maya Okafor"_s);
    QCOMPARE(moment.patternLabel, u"“Yes, And”"_s);
    // Speakers come as the rep's name or "Customer", never the transcript's own label for the customer.
    QVERIFY(!moment.segments.isEmpty());
    for (const Segment &s : moment.segments)
        QVERIFY2(s.speaker == u"Maya Okafor"_s || s.speaker == StandupPackPlanner::tr("Customer"), qPrintable(s.speaker));

    const auto nextWeek = planner.tipCandidates(m_fixture.billing, m_fixture.week.next());
    QVERIFY(nextWeek);
    QCOMPARE(nextWeek->size(), 1);
    QCOMPARE(nextWeek->first().call, m_fixture.mayaNextWeek);
    const auto teamByName = planner.team(u"billing"_s);
    QVERIFY(teamByName);
    QCOMPARE(teamByName->id, m_fixture.billing.id);
    const auto missing = planner.team(u"Nobody"_s);
    QVERIFY(!missing);
    QVERIFY(missing.error().message().contains(u"Tech Support"_s));
}

StandupPack TestStandupPack::plannedPack()
{
    const auto pack = StandupPackPlanner(*m_db).plan(m_fixture.billing, m_fixture.week, m_fixture.tips);
    if (!pack)
        qWarning() << pack.error().message();
    return pack.value_or(StandupPack{});
}

void TestStandupPack::planOrdersHighlightThenTips()
{
    QList<AnnotationId> reversed(m_fixture.tips.crbegin(), m_fixture.tips.crend());
    reversed.append(m_fixture.tips.last()); // a repeat is played once
    const auto pack = StandupPackPlanner(*m_db).plan(m_fixture.billing, m_fixture.week, reversed);
    QVERIFY(pack);
    QCOMPARE(pack->teamName, u"Billing"_s);
    QCOMPARE(pack->isoWeek, u"2026-W46"_s);
    QCOMPARE(pack->clips.size(), 5);
    QCOMPARE(pack->clips.at(0).kind, StandupClipKind::Highlight);
    QCOMPARE(pack->clips.at(0).range, (TimeRange{ 20'000, 50'000 }));
    QCOMPARE(pack->clips.at(0).repName, u"Priya Nair"_s);
    QCOMPARE(pack->clips.at(0).patternLabel, u"Empathy bridge"_s);
    for (int i = 1; i < 5; ++i)
        QCOMPARE(pack->clips.at(i).annotation, reversed.at(i - 1));

    const auto withoutHighlight = StandupPackPlanner(*m_db).plan(m_fixture.billing, m_fixture.week, { m_fixture.tips.first() }, false);
    QVERIFY(withoutHighlight);
    QCOMPARE(withoutHighlight->clips.size(), 1);
    QCOMPARE(withoutHighlight->clips.first().kind, StandupClipKind::Tip);
}

void TestStandupPack::planRefusesAnEmptyPack()
{
    const auto empty = StandupPackPlanner(*m_db).plan(m_fixture.tech, m_fixture.week, {});
    QVERIFY(!empty);
    QCOMPARE(empty.error().code(), ErrorCode::InvalidInput);
    QVERIFY(empty.error().message().contains(u"Tech Support"_s));
    const auto unknownTip = StandupPackPlanner(*m_db).plan(m_fixture.billing, m_fixture.week, { AnnotationId(9999) });
    QVERIFY(!unknownTip);
    QCOMPARE(unknownTip.error().code(), ErrorCode::NotFound);
}

void TestStandupPack::cueSheetNamesWhoAndWhat()
{
    const StandupPack pack = plannedPack();
    QCOMPARE(pack.clips.size(), 5);
    const QString html = CueSheetHtml::render(pack, u"opus"_s);
    for (const QString &expected : { u"Standup pack: Billing"_s, u"2026-W46"_s, u"Priya Nair"_s, u"Maya Okafor"_s,
                                     u"Empathy bridge"_s, u"Paraphrase-and-confirm"_s, u"Pause button"_s,
                                     u"She names the fee before the customer has to"_s,
                                     u"01-highlight-priya-nair-empathy-bridge.opus"_s, u"0:30"_s })
        QVERIFY2(html.contains(expected), qPrintable(expected));
    QVERIFY(html.contains(u"&ldquo;Yes, and we can…&rdquo;"_s) || html.contains(u"“Yes, and we can…”"_s));
    QCOMPARE(html.count(u"<tr"_s), 6); // a header and one row per clip
    QVERIFY(html.contains(u"2:15 in all"_s)); // 30 + 30 + 30 + 25 + 20 s
}

StandupPackBuilder::Options TestStandupPack::options(const QString &destination)
{
    StandupPackBuilder::Options options;
    options.destination = destination;
    options.pdfWriter = [](const QString &html, const QString &path, const QString &title) -> Result<void> {
        PdfExporter::Options pdf;
        pdf.title = title;
        if (auto pages = PdfExporter::writeHtml(html, path, pdf); !pages)
            return std::unexpected(pages.error());
        return {};
    };
    return options;
}

QStringList TestStandupPack::strays(const QString &folder, const QStringList &keep)
{
    QStringList found = QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString &k : keep)
        found.removeAll(k);
    return found;
}

void TestStandupPack::buildsFolder()
{
    const StandupPack pack = plannedPack();
    QCOMPARE(pack.clips.size(), 5);
    QTemporaryDir out;
    const QString destination = out.filePath(u"standup-billing-2026-W46"_s);
    QList<qint64> reports;
    TaskControl control([&](qint64 done, qint64 total, const QString &) {
        reports.append(total > 0 ? done * 1000 / total : -1);
    });
    const auto outcome = StandupPackBuilder::build(pack, options(destination), control);
    QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().message()));
    QCOMPARE(outcome->path, QFileInfo(destination).absoluteFilePath());
    QVERIFY(outcome->withPdf);
    QCOMPARE(strays(out.path(), { u"standup-billing-2026-W46"_s }), QStringList());
    QVERIFY(!reports.isEmpty());
    QCOMPARE(reports.last(), 1000);
    QVERIFY(std::is_sorted(reports.cbegin(), reports.cend()));

    const QDir dir(destination);
    QStringList audio = dir.entryList({ u"*.opus"_s }, QDir::Files, QDir::Name);
    QCOMPARE(audio.size(), 5);
    QCOMPARE(audio.first(), u"01-highlight-priya-nair-empathy-bridge.opus"_s);
    QCOMPARE(audio.at(1), u"02-tip-maya-okafor-paraphrase-and-confirm.opus"_s);
    const QList<qint64> lengths{ 30'000, 30'000, 30'000, 25'000, 20'000 };
    if (m_haveFfprobe) {
        for (int i = 0; i < audio.size(); ++i) {
            const auto ms = test::ffprobeDurationMs(dir.filePath(audio.at(i)));
            QVERIFY2(ms, qPrintable(audio.at(i)));
            QVERIFY2(std::abs(*ms - lengths.at(i)) <= 60, qPrintable(u"%1: %2 ms"_s.arg(audio.at(i)).arg(*ms)));
        }
    }

    // Every playlist entry is a file beside it, with its length in whole seconds.
    const auto playlist = M3uPlaylist::parse(test::readFile(dir.filePath(u"playlist.m3u"_s)), u"playlist.m3u"_s);
    QVERIFY(playlist);
    QCOMPARE(playlist->entries().size(), 5);
    for (int i = 0; i < 5; ++i) {
        const M3uEntry &entry = playlist->entries().at(i);
        QCOMPARE(entry.path, audio.at(i));
        QVERIFY(QFileInfo(dir.filePath(entry.path)).isFile());
        QCOMPARE(entry.durationMs, lengths.at(i));
        QCOMPARE(entry.title, StandupPackLayout::clipTitle(pack.clips.at(i)));
    }

    // Captions count from the clip's start and read back with libcoach's own reader.
    const QStringList captions = dir.entryList({ u"*.vtt"_s }, QDir::Files, QDir::Name);
    QCOMPARE(captions.size(), 5);
    for (int i = 0; i < captions.size(); ++i) {
        QCOMPARE(QFileInfo(captions.at(i)).completeBaseName(), QFileInfo(audio.at(i)).completeBaseName());
        const auto vtt = WebVttReader::read(dir.filePath(captions.at(i)));
        QVERIFY2(vtt, vtt ? "" : qPrintable(vtt.error().message()));
        QVERIFY(!vtt->segments.isEmpty());
        for (const Segment &s : vtt->segments) {
            QVERIFY(s.startMs >= 0);
            QVERIFY(s.endMs <= lengths.at(i));
            QVERIFY(!s.text.isEmpty());
        }
    }
    const auto first = WebVttReader::read(dir.filePath(captions.first()));
    QCOMPARE(first->segments.first().startMs,
             StandupPackLayout::clipSegments(pack.clips.first()).first().startMs);

    const QString html = QString::fromUtf8(test::readFile(dir.filePath(u"cue-sheet.html"_s)));
    QVERIFY(html.contains(u"Priya Nair"_s));
    QVERIFY(html.contains(u"Paraphrase-and-confirm"_s));
    QVERIFY(QFileInfo(dir.filePath(u"cue-sheet.pdf"_s)).size() > 1000);
    if (const QString pdftotext = test::findTool(u"pdftotext"_s); !pdftotext.isEmpty()) {
        const auto text = test::run(pdftotext, { dir.filePath(u"cue-sheet.pdf"_s), u"-"_s });
        QCOMPARE(text.exitCode, 0);
        const QString words = QString::fromUtf8(text.out);
        for (const QString &name : { u"Priya Nair"_s, u"Maya Okafor"_s, u"Empathy bridge"_s, u"Pause button"_s })
            QVERIFY2(words.contains(name), qPrintable(name + u" not in:\n"_s + words));
        const auto info = test::run(test::findTool(u"pdfinfo"_s), { dir.filePath(u"cue-sheet.pdf"_s) });
        QVERIFY2(QString::fromUtf8(info.out).contains(QRegularExpression(u"Pages:\\s+1\\n"_s)), info.out.constData());
    }
}

void TestStandupPack::buildsZip()
{
    QTemporaryDir out;
    const QString destination = out.filePath(u"pack.zip"_s);
    auto opts = options(destination);
    opts.format = u"wav"_s;
    opts.pdfWriter = {};
    TaskControl control;
    const auto outcome = StandupPackBuilder::build(plannedPack(), opts, control);
    QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().message()));
    QVERIFY(!outcome->withPdf);
    QCOMPARE(strays(out.path(), { u"pack.zip"_s }), QStringList());
    const QString unzip = test::findTool(u"unzip"_s);
    if (unzip.isEmpty())
        QSKIP("unzip is not installed");
    const auto listing = test::run(unzip, { u"-Z1"_s, destination });
    QCOMPARE(listing.exitCode, 0);
    QStringList names = QString::fromUtf8(listing.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(names.size(), 5 + 5 + 2); // clips, captions, playlist, cue sheet
    for (const QString &name : names)
        QVERIFY2(name.startsWith(u"pack/"_s), qPrintable(name));
    QVERIFY(names.contains(u"pack/playlist.m3u"_s));
    QVERIFY(names.contains(u"pack/01-highlight-priya-nair-empathy-bridge.wav"_s));
    const auto test = test::run(unzip, { u"-tq"_s, destination });
    QCOMPARE(test.exitCode, 0);
}

void TestStandupPack::refusesExistingDestination()
{
    QTemporaryDir out;
    const QString destination = out.filePath(u"taken"_s);
    QVERIFY(QDir().mkpath(destination + u"/mine"_s));
    TaskControl control;
    const auto outcome = StandupPackBuilder::build(plannedPack(), options(destination), control);
    QVERIFY(!outcome);
    QCOMPARE(outcome.error().code(), ErrorCode::Duplicate);
    QVERIFY(outcome.error().message().contains(QDir::toNativeSeparators(destination)));
    QVERIFY(QFileInfo(destination + u"/mine"_s).isDir()); // untouched
    QCOMPARE(strays(out.path(), { u"taken"_s }), QStringList());

    auto opts = options(out.filePath(u"file.zip"_s));
    QVERIFY(QDir().mkpath(opts.destination));
    const auto folderInTheWay = StandupPackBuilder::build(plannedPack(), opts, control);
    QVERIFY(!folderInTheWay);
    QCOMPARE(folderInTheWay.error().code(), ErrorCode::InvalidInput);
}

void TestStandupPack::replacesOnlyWhenComplete()
{
    QTemporaryDir out;
    const QString destination = out.filePath(u"weekly"_s);
    QVERIFY(QDir().mkpath(destination));
    QVERIFY(test::writeFile(destination + u"/old.txt"_s, "old"));
    StandupPack pack = plannedPack();
    pack.clips = { pack.clips.at(3) };
    auto opts = options(destination);
    opts.replaceExisting = true;
    opts.pdfWriter = {};
    TaskControl control;
    const auto outcome = StandupPackBuilder::build(pack, opts, control);
    QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().message()));
    QVERIFY(!QFileInfo::exists(destination + u"/old.txt"_s));
    QCOMPARE(QDir(destination).entryList({ u"*.opus"_s }).size(), 1);
    QCOMPARE(strays(out.path(), { u"weekly"_s }), QStringList());
}

void TestStandupPack::vanishedRecordingLeavesNothing()
{
    QTemporaryDir out;
    StandupPack pack = plannedPack();
    pack.clips[2].recordingPath = out.filePath(u"moved-away.opus"_s);
    const QString destination = out.filePath(u"pack"_s);
    TaskControl control;
    const auto outcome = StandupPackBuilder::build(pack, options(destination), control);
    QVERIFY(!outcome);
    QCOMPARE(outcome.error().code(), ErrorCode::NotFound);
    QVERIFY(outcome.error().message().contains(u"moved-away.opus"_s));
    QCOMPARE(strays(out.path()), QStringList());

    // A recording that is there but unreadable fails while rendering, after other clips were written.
    QVERIFY(test::writeFile(out.filePath(u"broken.opus"_s), QByteArray(4096, 'x')));
    pack.clips[2].recordingPath = out.filePath(u"broken.opus"_s);
    const auto broken = StandupPackBuilder::build(pack, options(destination), control);
    QVERIFY(!broken);
    QVERIFY2(broken.error().message().contains(u"broken.opus"_s), qPrintable(broken.error().message()));
    QCOMPARE(strays(out.path(), { u"broken.opus"_s }), QStringList());
}

void TestStandupPack::cancelLeavesNothing()
{
    QTemporaryDir out;
    for (const QString &name : { u"pack"_s, u"pack.zip"_s }) {
        const QString destination = out.filePath(name);
        TaskControl *self = nullptr;
        TaskControl control([&](qint64 done, qint64, const QString &) {
            if (done > 0)
                self->cancel(); // as a user would, once the first clip is under way
        });
        self = &control;
        const auto outcome = StandupPackBuilder::build(plannedPack(), options(destination), control);
        QVERIFY(!outcome);
        QCOMPARE(outcome.error().code(), ErrorCode::Cancelled);
        QCOMPARE(strays(out.path()), QStringList());
    }
}

// A build killed outright (no cancel, no clean-up) leaves its hidden partial
// folder behind; the next build beside it removes it, but never a folder whose
// build is still running (its lock is held) or one made a moment ago.
void TestStandupPack::sweepsWhatAKilledBuildLeft()
{
    QTemporaryDir out;
    const auto partial = [&out](const QString &suffix, int ageSeconds) {
        const QString path = out.filePath(u".pack.partial-"_s + suffix);
        if (!QDir().mkpath(path) || !test::writeFile(path + u"/01-clip.opus"_s, "half a clip"))
            return QString();
        std::error_code error;
        std::filesystem::last_write_time(QFile::encodeName(path).toStdString(),
                                         std::filesystem::file_time_type::clock::now() - std::chrono::seconds(ageSeconds),
                                         error);
        return error ? QString() : path;
    };
    const QString killed = partial(u"killed"_s, 3600);
    const QString running = partial(u"running"_s, 3600);
    const QString fresh = partial(u"fresh"_s, 0);
    QVERIFY(!killed.isEmpty() && !running.isEmpty() && !fresh.isEmpty());
    QVERIFY(QFileInfo(killed).lastModified() < QDateTime::currentDateTime().addSecs(-120));
    QLockFile runningLock(running + u".lock"_s);
    QVERIFY(runningLock.tryLock(0));

    StandupPack pack = plannedPack();
    pack.clips = { pack.clips.at(4) };
    auto opts = options(out.filePath(u"pack"_s));
    opts.pdfWriter = {};
    TaskControl control;
    const auto outcome = StandupPackBuilder::build(pack, opts, control);
    QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().message()));
    QVERIFY(!QFileInfo::exists(killed));
    QVERIFY(QFileInfo::exists(running + u"/01-clip.opus"_s));
    QVERIFY(QFileInfo::exists(fresh + u"/01-clip.opus"_s));
    QVERIFY(!QFileInfo::exists(out.filePath(u".pack.partial-killed.lock"_s)));
    // The new pack carries no lock or partial of its own.
    QCOMPARE(QDir(out.filePath(u"pack"_s)).entryList({ u"*.lock"_s }, QDir::Files | QDir::Hidden), QStringList());
}

void TestStandupPack::unwritableDestination()
{
    // /proc takes no new folders, even from root (the tests may run as root in CI).
    const QString destination = u"/proc/standup-pack"_s;
    TaskControl control;
    const auto outcome = StandupPackBuilder::build(plannedPack(), options(destination), control);
    QVERIFY(!outcome);
    QCOMPARE(outcome.error().code(), ErrorCode::Io);
    QVERIFY2(outcome.error().message().contains(u"/proc"_s), qPrintable(outcome.error().message()));
    QVERIFY(!QFileInfo::exists(destination));

    // A missing parent is made, as `mkdir -p` would.
    QTemporaryDir out;
    StandupPack pack = plannedPack();
    pack.clips = { pack.clips.at(4) };
    auto opts = options(out.filePath(u"standups/billing/pack"_s));
    opts.pdfWriter = {};
    const auto deep = StandupPackBuilder::build(pack, opts, control);
    QVERIFY2(deep, deep ? "" : qPrintable(deep.error().message()));
    QVERIFY(QFileInfo(out.filePath(u"standups/billing/pack/playlist.m3u"_s)).isFile());
}

QTEST_MAIN(TestStandupPack)
#include "TestStandupPack.moc"
