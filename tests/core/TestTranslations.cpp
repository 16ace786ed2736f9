// SPDX-License-Identifier: GPL-3.0-or-later
// The catalogues built into libcoach load for the user's language, and the
// English one turns "%n call(s)" into proper plurals.
#include "core/Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTest>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void translatesForTheLocale_data();
    void translatesForTheLocale();
    void cleanup();
};

// Each row starts from no catalogue, so one language cannot answer for another.
void TestTranslations::cleanup()
{
    const auto translators = QCoreApplication::instance()->findChildren<QTranslator *>();
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

void TestTranslations::translatesForTheLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("count");
    QTest::newRow("German") << u"de_DE"_s << u"Importiert"_s << 2;
    QTest::newRow("Spanish") << u"es_ES"_s << u"Importad"_s << 2;
    QTest::newRow("English singular") << u"en_GB"_s << u"Imported 1 call"_s << 1;
    QTest::newRow("English plural") << u"en_US"_s << u"Imported 6 calls"_s << 6;
}

void TestTranslations::translatesForTheLocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    QFETCH(int, count);
    QLocale::setDefault(QLocale(locale));
    coach::installTranslations(*QCoreApplication::instance());
    const QString text = QCoreApplication::translate("ImportCommand", "Imported %n call(s)", nullptr, count);
    QVERIFY2(text.contains(expected, Qt::CaseInsensitive), qPrintable(text));
    QVERIFY2(!text.contains(u"(s)"_s), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
