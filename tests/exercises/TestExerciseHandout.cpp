// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExerciseFixture.h"
#include "TestSupport.h"

#include "documents/HandoutPdf.h"
#include "documents/PdfExporter.h"
#include "export/HandoutHtml.h"
#include "export/HandoutMarkdown.h"
#include "redact/PiiType.h"
#include "services/ExerciseBuilder.h"

#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace coach;
using namespace Qt::Literals::StringLiterals;

class TestExerciseHandout final : public QObject
{
    Q_OBJECT

private:
    // An exercise built from the fixture's call by the real redactor.
    static Exercise built(const QTemporaryDir &dir, ExercisePattern pattern)
    {
        ExerciseFixture fixture(dir);
        ExerciseBuilder builder(*fixture.db);
        const auto draft = builder.start(fixture.withTranscript, { 0, 36000 });
        if (!draft)
            qFatal("start: %s", qPrintable(draft.error().message()));
        ExerciseBuilder::Choices choices;
        choices.pattern = pattern;
        choices.date = QDate(2026, 11, 30);
        const auto exercise = ExerciseBuilder::toExercise(*draft, choices);
        if (!exercise)
            qFatal("toExercise: %s", qPrintable(exercise.error().message()));
        return *exercise;
    }

    static QString pdfText(const QString &pdf)
    {
        const auto result = test::run(test::findTool(u"pdftotext"_s), { pdf, u"-"_s });
        if (result.exitCode != 0)
            return {};
        // NFKC undoes the ligatures ("ﬁ") the PDF's font draws.
        return QString::fromUtf8(result.out).normalized(QString::NormalizationForm_KC).simplified();
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void html()
    {
        QTemporaryDir dir;
        const Exercise e = built(dir, ExercisePattern::EmpathyBridge);
        HandoutHtml::Options options;
        options.writingLines = 4;
        options.audioFileName = u"excerpt.mp3"_s;
        const QString html = HandoutHtml::render(e, options);
        QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
        QVERIFY(html.contains(u"<title>Rewrite practice: Empathy bridge</title>"_s));
        QVERIFY(html.contains(ExercisePatterns::reminder(ExercisePattern::EmpathyBridge).toHtmlEscaped()));
        QVERIFY(html.contains(e.instructions.toHtmlEscaped()));
        QVERIFY(html.contains(u"That is not good enough."_s));
        QCOMPARE(html.count(u"<hr class=\"lines\">"_s), 4);
        QCOMPARE(html.count(u"rewrite this"_s), 1);
        QVERIFY(html.contains(u"excerpt.mp3"_s));
        // Placeholders are marked up so they stand out.
        QVERIFY(html.contains(u"<span class=\"ph\">"_s + piiPlaceholder(PiiType::CardNumber).toHtmlEscaped()));
        for (const QString &pii : ExerciseFixture::piiStrings())
            QVERIFY2(!html.contains(pii, Qt::CaseInsensitive), qPrintable(pii));

        // Text that looks like markup stays text.
        Exercise tricky = e;
        tricky.excerpt[5].text = u"<b>bold</b> & [card number]"_s;
        const QString escaped = HandoutHtml::render(tricky);
        QVERIFY(escaped.contains(u"&lt;b&gt;bold&lt;/b&gt; &amp; <span class=\"ph\">[card number]</span>"_s));

        const QString path = dir.filePath(u"handout.html"_s);
        QVERIFY(HandoutHtml::write(e, path, {}));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), HandoutHtml::render(e));
    }

    void markdown()
    {
        QTemporaryDir dir;
        const Exercise e = built(dir, ExercisePattern::YesAnd);
        const QString md = HandoutMarkdown::render(e);
        QVERIFY(md.startsWith(u"# "_s));
        QVERIFY(md.contains(u"## The conversation"_s));
        QVERIFY(md.contains(u"## Your task"_s));
        QVERIFY(md.contains(u"**Customer:** That is not good enough\\."_s));
        QVERIFY(md.contains(HandoutMarkdown::escape(ExercisePatterns::reminder(ExercisePattern::YesAnd))));
        // The target turn is bold and pointed at.
        QVERIFY(md.contains(u"**Rep:** **I need to verify the card first\\. What is the card number?** \u2190 *rewrite this*"_s));
        QVERIFY(md.contains(u"\\[card number\\]"_s) || md.contains(HandoutMarkdown::escape(piiPlaceholder(PiiType::CardNumber))));
        for (const QString &pii : ExerciseFixture::piiStrings())
            QVERIFY2(!md.contains(pii, Qt::CaseInsensitive), qPrintable(pii));
        QCOMPARE(HandoutMarkdown::escape(u"a*b_[c]"_s), u"a\\*b\\_\\[c\\]"_s);

        const QString path = dir.filePath(u"handout.md"_s);
        QVERIFY(HandoutMarkdown::write(e, path, {}));
        QVERIFY(QFile::exists(path));
        const auto bad = HandoutMarkdown::write(e, dir.filePath(u"missing/handout.md"_s), {});
        QVERIFY(!bad);
        QVERIFY(bad.error().message().contains(u"handout.md"_s));
    }

    void pdfReadBack()
    {
        if (test::findTool(u"pdftotext"_s).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QTemporaryDir dir;
        // COACH_KEEP_HANDOUT=1 keeps the files for a look at them.
        dir.setAutoRemove(qEnvironmentVariableIsEmpty("COACH_KEEP_HANDOUT"));
        const Exercise e = built(dir, ExercisePattern::EmpathyBridge);
        const QString pdf = dir.filePath(u"handout.pdf"_s);
        const auto pages = HandoutPdf::write(e, pdf, {});
        QVERIFY2(pages, pages ? "" : qPrintable(pages.error().message()));
        QCOMPARE(*pages, 1); // a six-turn excerpt fits one sheet
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");

        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(u"The conversation"_s), qPrintable(text));
        QVERIFY(text.contains(u"That is not good enough."_s));
        QVERIFY(text.contains(u"five to seven business days"_s));
        QVERIFY(text.contains(u"I can hear this is really important to you."_s));
        QVERIFY(text.contains(u"Your rewrite"_s));
        QVERIFY(text.contains(u"Page 1 of %1"_s.arg(*pages)));
        QVERIFY(text.contains(piiPlaceholder(PiiType::CardNumber)));
        for (const QString &pii : ExerciseFixture::piiStrings())
            QVERIFY2(!text.contains(pii, Qt::CaseInsensitive), qPrintable(pii + u" in the PDF"_s));
        // No group of a card or phone number survived anywhere in the text.
        QVERIFY(!text.contains(QRegularExpression(u"\\d{3,4}[ -]\\d{4}"_s)));

        if (const QString pdftoppm = test::findTool(u"pdftoppm"_s); !pdftoppm.isEmpty()) {
            const auto png = test::run(pdftoppm, { u"-r"_s, u"60"_s, u"-png"_s, u"-f"_s, u"1"_s, u"-l"_s, u"1"_s,
                                                   u"-singlefile"_s, pdf, dir.filePath(u"handout"_s) });
            QCOMPARE(png.exitCode, 0);
            const QImage page(dir.filePath(u"handout.png"_s));
            QVERIFY(!page.isNull());
            // A4 portrait: 210 × 297 mm.
            QVERIFY(qAbs(double(page.height()) / page.width() - 297.0 / 210.0) < 0.01);
        }
        if (!dir.autoRemove())
            qInfo("handout kept in %s", qPrintable(dir.path()));
    }

    void pdfWritingSpaceFits()
    {
        QTemporaryDir dir;
        Exercise e = built(dir, ExercisePattern::LayeredQuestioning);
        HandoutHtml::Options roomy;
        roomy.writingLines = 30; // far more than a page holds
        const QString fitted = HandoutPdf::fittedHtml(e, roomy);
        const int lines = int(fitted.count(u"<hr class=\"lines\">"_s));
        QVERIFY2(lines >= HandoutPdf::MinimumWritingLines && lines < 30, qPrintable(QString::number(lines)));
        QCOMPARE(PdfExporter::pageCount(fitted, {}), 1);
        // One line more would not fit.
        roomy.writingLines = lines + 1;
        QCOMPARE(PdfExporter::pageCount(HandoutHtml::render(e, roomy), {}), 2);

        // An excerpt too long for one page keeps all its writing space.
        for (int i = 0; i < 6; ++i)
            e.excerpt += e.excerpt;
        HandoutHtml::Options standard;
        QCOMPARE(HandoutPdf::fittedHtml(e, standard).count(u"<hr class=\"lines\">"_s), standard.writingLines);
        const auto pages = HandoutPdf::write(e, dir.filePath(u"long.pdf"_s), standard);
        QVERIFY(pages && *pages > 1);
    }

    void pdfErrorsNameTheFile()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(u"no-such-folder/handout.pdf"_s);
        const auto result = PdfExporter::writeHtml(u"<p>Hello</p>"_s, missing);
        QVERIFY(!result);
        QCOMPARE(result.error().code(), ErrorCode::Io);
        QVERIFY(result.error().message().contains(QDir::toNativeSeparators(missing)));
        QVERIFY(!QFile::exists(missing));

        // A failed export leaves the previous PDF whole; a good one replaces it.
        const QString path = dir.filePath(u"kept.pdf"_s);
        QVERIFY(PdfExporter::writeHtml(u"<p>First version</p>"_s, path));
        QVERIFY(PdfExporter::writeHtml(u"<p>Second version</p>"_s, path));
        QVERIFY(pdfText(path).contains(u"Second version"_s) || test::findTool(u"pdftotext"_s).isEmpty());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1); // no temporary left behind
    }

    void pdfManyPages()
    {
        QTemporaryDir dir;
        QString html;
        for (int i = 0; i < 200; ++i)
            html += u"<p>Line %1 of a long cue sheet.</p>"_s.arg(i);
        PdfExporter::Options options;
        options.title = u"Cue sheet"_s;
        const auto pages = PdfExporter::writeHtml(html, dir.filePath(u"long.pdf"_s), options);
        QVERIFY(pages);
        QVERIFY(*pages >= 3);
        if (!test::findTool(u"pdftotext"_s).isEmpty()) {
            const QString text = pdfText(dir.filePath(u"long.pdf"_s));
            QVERIFY(text.contains(u"Line 199 of a long cue sheet."_s));
            QVERIFY(text.contains(u"Cue sheet Page %1 of %1"_s.arg(*pages)));
        }
    }
};

QTEST_MAIN(TestExerciseHandout)
#include "TestExerciseHandout.moc"
