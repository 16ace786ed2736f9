// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClipTestSupport.h"
#include "TestSupport.h"

#include "clips/ClipExportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/*
 * The export dialog offscreen: what it proposes, what it asks ClipExporter
 * for, a real export with captions, a failure shown in the dialog, Cancel
 * during rendering, and the preview file.
 */
class TestClipExportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void proposesANameAndSettings();
    void requestFollowsTheWidgets();
    void exportsWithCaptions();
    void showsAnErrorAndStaysOpen();
    void cancelLeavesNoFile();
    void previewRendersAWav();
    void withoutTranscriptNoCaptions();
    void bleepsPersonalDataByDefault();

private:
    [[nodiscard]] ClipExportSource source() const;
    QTemporaryDir m_fixtures;
    std::unique_ptr<QTemporaryDir> m_out;
};

void TestClipExportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (coach::test::findTool(u"ffmpeg"_s).isEmpty() || coach::test::findTool(u"ffprobe"_s).isEmpty())
        QSKIP("ffmpeg and ffprobe are needed to make and check the recordings");
    const auto r = coach::test::run(u"ffmpeg"_s,
        { u"-nostdin"_s, u"-v"_s, u"error"_s, u"-y"_s, u"-f"_s, u"lavfi"_s, u"-i"_s,
          u"anoisesrc=c=pink:r=8000:a=0.3:s=3:d=120"_s, u"-ac"_s, u"2"_s, u"-c:a"_s, u"pcm_s16le"_s,
          m_fixtures.filePath(u"call.wav"_s) });
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void TestClipExportDialog::init()
{
    QSettings().clear();
    m_out = std::make_unique<QTemporaryDir>();
    QVERIFY(m_out->isValid());
}

ClipExportSource TestClipExportDialog::source() const
{
    ClipExportSource s;
    s.call.id = coach::CallId(7);
    s.call.recordingPath = m_fixtures.filePath(u"call.wav"_s);
    s.call.audio.durationMs = 120'000;
    s.call.audio.channels = 2;
    s.call.repName = u"Dana Ruiz"_s;
    s.call.startedAt = QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
    s.range = { 65'000, 75'000 };
    s.annotation = coach::Annotation {};
    s.annotation->startMs = 65'000;
    s.annotation->endMs = 75'000;
    s.annotation->tagLabel = u"Empathy bridge"_s;
    s.annotation->comment = u"calm after the refund"_s;
    s.segments = { { 60'000, 66'000, u"spk_0"_s, u"I hear you, that is frustrating."_s },
                   { 70'000, 72'500, u"spk_1"_s, u"It really is."_s },
                   { 80'000, 82'000, u"spk_0"_s, u"Outside the clip."_s } };
    s.speakerNames = { { u"spk_0"_s, u"Dana Ruiz"_s }, { u"spk_1"_s, u"Customer"_s } };
    return s;
}

void TestClipExportDialog::proposesANameAndSettings()
{
    ClipExportDialog dialog(source());
    QCOMPARE(QFileInfo(dialog.destination()).fileName(), u"dana-ruiz-2026-11-20-1m05s.opus"_s);
    QCOMPARE(dialog.fadeBox()->value(), 0.3);
    QVERIFY(dialog.loudnessCheck()->isChecked());
    QCOMPARE(dialog.captionsBox()->currentIndex(), 1); // WebVTT when there is a transcript
    // Choosing another format changes the name's extension, nothing else.
    dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(u"flac"_s));
    QCOMPARE(QFileInfo(dialog.destination()).fileName(), u"dana-ruiz-2026-11-20-1m05s.flac"_s);

    // The heading says who, what and which call; a highlight's pattern stands in for a note's tag.
    const auto heading = [](const ClipExportDialog &d) { return d.findChild<QLabel *>(u"clipHeading"_s)->text(); };
    QVERIFY2(heading(dialog).contains(u"Dana Ruiz"_s) && heading(dialog).contains(u"Empathy bridge"_s)
                     && heading(dialog).contains(u"call.wav"_s),
             qPrintable(heading(dialog)));
    ClipExportSource highlight = source();
    highlight.annotation.reset();
    highlight.pattern = u"Layered questioning"_s;
    highlight.call.queue = u"Retention"_s;
    const ClipExportDialog forHighlight(highlight);
    QVERIFY2(heading(forHighlight).contains(u"Layered questioning"_s) && heading(forHighlight).contains(u"Retention"_s),
             qPrintable(heading(forHighlight)));
}

void TestClipExportDialog::requestFollowsTheWidgets()
{
    ClipExportDialog dialog(source());
    dialog.channelsBox()->setCurrentIndex(dialog.channelsBox()->findData(int(coach::ClipChannels::Customer)));
    dialog.fadeBox()->setValue(0.5);
    dialog.loudnessCheck()->setChecked(false);
    const coach::ClipRequest r = dialog.request();
    QCOMPARE(r.sourcePath, m_fixtures.filePath(u"call.wav"_s));
    QCOMPARE(r.startMs, 65'000);
    QCOMPARE(r.durationMs, 10'000);
    QCOMPARE(r.channels, coach::ClipChannels::Customer);
    QCOMPARE(r.fadeSeconds, 0.5);
    QVERIFY(!r.loudnessLufs);
    QCOMPARE(r.metadata.artist, u"Dana Ruiz"_s);
    QCOMPARE(r.metadata.date, QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC).toLocalTime().date().toString(Qt::ISODate));
    QCOMPARE(r.metadata.comment, u"Empathy bridge: calm after the refund"_s);
}

void TestClipExportDialog::exportsWithCaptions()
{
    ClipExportDialog dialog(source());
    dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(u"mp3"_s));
    dialog.setDestination(m_out->filePath(u"tip.mp3"_s));
    dialog.show();
    QSignalSpy written(&dialog, &ClipExportDialog::clipWritten);
    QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
    QVERIFY(dialog.isRendering() || !written.isEmpty());
    QVERIFY(!dialog.exportButton()->isEnabled() || !written.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(written.size(), 1, 60'000);
    QCOMPARE(written.first().first().toString(), m_out->filePath(u"tip.mp3"_s));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const auto clip = coach::test::decode(m_out->filePath(u"tip.mp3"_s));
    QVERIFY(clip);
    QVERIFY(std::abs(double(clip->frames()) / clip->sampleRate - 10.0) <= 0.010);
    const auto loudness = coach::test::loudness(m_out->filePath(u"tip.mp3"_s));
    QVERIFY(loudness && std::abs(loudness->integratedLufs + 16.0) <= 1.0);
    // Captions beside it, timed from the clip's start, cut to it.
    QCOMPARE(QString::fromUtf8(coach::test::readFile(m_out->filePath(u"tip.vtt"_s))),
        u"WEBVTT\n\n00:00:00.000 --> 00:00:01.000\n<v Dana Ruiz>I hear you, that is frustrating.\n\n"
        "00:00:05.000 --> 00:00:07.500\n<v Customer>It really is.\n"_s);
    // The folder and format are remembered for the next clip.
    QCOMPARE(QSettings().value(u"clips/format"_s).toString(), u"mp3"_s);
}

void TestClipExportDialog::showsAnErrorAndStaysOpen()
{
    ClipExportDialog dialog(source());
    dialog.show();
    // /proc takes no new files, even from root.
    dialog.setDestination(u"/proc/tip.opus"_s);
    QSignalSpy finished(&dialog, &ClipExportDialog::renderingFinished);
    dialog.exportClip();
    QVERIFY(finished.wait(60'000));
    QVERIFY2(dialog.errorText().contains(u"/proc/tip.opus"_s), qPrintable(dialog.errorText()));
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.exportButton()->isEnabled());

    // A range past the end is refused before anything is decoded.
    dialog.setDestination(m_out->filePath(u"tip.opus"_s));
    auto *length = dialog.findChildren<QDoubleSpinBox *>().at(1);
    length->setValue(100);
    dialog.exportClip();
    QVERIFY(!dialog.isRendering());
    QVERIFY2(dialog.errorText().contains(u"120.00 s long"_s), qPrintable(dialog.errorText()));
    QVERIFY(!QFileInfo::exists(m_out->filePath(u"tip.opus"_s)));
}

void TestClipExportDialog::cancelLeavesNoFile()
{
    ClipExportSource s = source();
    s.range = { 0, 119'000 };
    ClipExportDialog dialog(s);
    dialog.show();
    dialog.setDestination(m_out->filePath(u"long.flac"_s));
    dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(u"flac"_s));
    QSignalSpy finished(&dialog, &ClipExportDialog::renderingFinished);
    QSignalSpy written(&dialog, &ClipExportDialog::clipWritten);
    dialog.exportClip();
    QVERIFY(dialog.isRendering());
    QVERIFY(dialog.progressBar()->isVisible());
    // Cancel stops the rendering; the dialog stays open.
    QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
    QVERIFY(finished.wait(60'000));
    QCOMPARE(written.size(), 0);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.errorText(), QString());
    QCOMPARE(QDir(m_out->path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
}

void TestClipExportDialog::previewRendersAWav()
{
    ClipExportDialog dialog(source());
    dialog.show();
    QSignalSpy ready(&dialog, &ClipExportDialog::previewReady);
    QTest::mouseClick(dialog.previewButton(), Qt::LeftButton);
    QVERIFY(ready.wait(60'000));
    const QString path = ready.first().first().toString();
    QCOMPARE(coach::test::streamFacts(path).value(u"codec_name"_s), u"pcm_s16le"_s);
    const auto loudness = coach::test::loudness(path);
    QVERIFY(loudness && std::abs(loudness->integratedLufs + 16.0) <= 1.0);
    // Nothing was written where the export would go.
    QVERIFY(!QFileInfo::exists(dialog.destination()));
}

void TestClipExportDialog::withoutTranscriptNoCaptions()
{
    ClipExportSource s = source();
    s.segments.clear();
    ClipExportDialog dialog(s);
    QVERIFY(!dialog.captionsBox()->isEnabled());
    QCOMPARE(dialog.captionsBox()->currentIndex(), 0);
}

void TestClipExportDialog::bleepsPersonalDataByDefault()
{
    ClipExportSource s = source();
    s.personalData = { { 70'500, 72'000, coach::RedactionChannel::Customer },
                       { 90'000, 91'000, coach::RedactionChannel::Agent } };
    s.redactedSegments = s.segments;
    s.redactedSegments[1].text = u"It is [card number]."_s;
    s.segments[1].text = u"It is 4111 1111 1111 1111."_s;
    ClipExportDialog dialog(s);
    QCheckBox *bleep = dialog.bleepPersonalCheck();
    QVERIFY(bleep->isEnabled());
    QVERIFY(bleep->isChecked());
    QVERIFY2(bleep->text().contains(u"1 span"_s), qPrintable(bleep->text()));
    QCOMPARE(dialog.request().redactions, s.personalData);

    dialog.setDestination(m_out->filePath(u"private.wav"_s));
    dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(u"wav"_s));
    dialog.show();
    QSignalSpy written(&dialog, &ClipExportDialog::clipWritten);
    QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(written.size(), 1, 60'000);
    const QByteArray captions = coach::test::readFile(m_out->filePath(u"private.vtt"_s));
    QVERIFY2(captions.contains("[card number]"), captions.constData());
    QVERIFY2(!captions.contains("4111"), captions.constData());

    ClipExportDialog again(s);
    again.bleepPersonalCheck()->setChecked(false);
    QVERIFY(again.request().redactions.isEmpty());
    // The count is of the spans in the clip's range.
    ClipExportSource later = s;
    later.range = { 100'000, 110'000 };
    ClipExportDialog none(later);
    QVERIFY2(none.bleepPersonalCheck()->text().contains(u"none"_s), qPrintable(none.bleepPersonalCheck()->text()));

    ClipExportSource bare = source();
    ClipExportDialog withoutTranscript(bare);
    QVERIFY(!withoutTranscript.bleepPersonalCheck()->isEnabled());
}

QTEST_MAIN(TestClipExportDialog)
#include "TestClipExportDialog.moc"
