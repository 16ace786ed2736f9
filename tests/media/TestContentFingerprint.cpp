// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/ContentFingerprint.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using coach::ContentFingerprint;
using coach::ErrorCode;

// Fingerprints must follow the bytes, not the path, and notice any change
// that the sampling covers.
class TestContentFingerprint final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameBytesSameFingerprint_data();
    void sameBytesSameFingerprint();
    void changedByteChangesFingerprint_data();
    void changedByteChangesFingerprint();
    void changeBetweenSamplesGoesUnnoticed();
    void refusesBadInput_data();
    void refusesBadInput();

private:
    [[nodiscard]] QString writeFile(const QString &fileName, const QByteArray &bytes);

    QTemporaryDir m_dir;
};

namespace {

constexpr qsizetype kSample = 64 * 1024;

QByteArray randomBytes(qsizetype size)
{
    QRandomGenerator random(static_cast<quint32>(size));
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = static_cast<char>(random.bounded(256));
    return bytes;
}

} // namespace

QString TestContentFingerprint::writeFile(const QString &fileName, const QByteArray &bytes)
{
    const QString filePath = m_dir.filePath(fileName);
    QFile file(filePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(filePath));
    return filePath;
}

void TestContentFingerprint::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestContentFingerprint::sameBytesSameFingerprint_data()
{
    QTest::addColumn<qsizetype>("size");

    QTest::newRow("one byte") << qsizetype(1);
    QTest::newRow("small, hashed whole") << qsizetype(1000);
    QTest::newRow("three samples exactly") << 3 * kSample;
    QTest::newRow("one byte past whole hashing") << 3 * kSample + 1;
    QTest::newRow("5 MB, sampled") << qsizetype(5'000'000);
}

void TestContentFingerprint::sameBytesSameFingerprint()
{
    QFETCH(qsizetype, size);

    const QByteArray bytes = randomBytes(size);
    QVERIFY(QDir(m_dir.path()).mkpath(u"moved"_s));
    const auto original = ContentFingerprint::compute(writeFile(u"call-%1.wav"_s.arg(size), bytes));
    const auto copy
        = ContentFingerprint::compute(writeFile(u"moved/renamed-%1.wav"_s.arg(size), bytes));
    QVERIFY2(original, qPrintable(original ? QString() : original.error().message()));
    QVERIFY2(copy, qPrintable(copy ? QString() : copy.error().message()));
    QCOMPARE(*copy, *original);
    static const QRegularExpression sha256Hex(u"^[0-9a-f]{64}$"_s);
    QVERIFY2(sha256Hex.match(*original).hasMatch(), qPrintable(*original));
}

void TestContentFingerprint::changedByteChangesFingerprint_data()
{
    QTest::addColumn<qsizetype>("size");
    QTest::addColumn<qsizetype>("offset");

    QTest::newRow("small, first byte") << qsizetype(1000) << qsizetype(0);
    QTest::newRow("small, middle byte") << qsizetype(1000) << qsizetype(500);
    QTest::newRow("small, last byte") << qsizetype(1000) << qsizetype(999);
    QTest::newRow("5 MB, first byte") << qsizetype(5'000'000) << qsizetype(0);
    QTest::newRow("5 MB, middle byte") << qsizetype(5'000'000) << qsizetype(2'500'000);
    QTest::newRow("5 MB, last byte") << qsizetype(5'000'000) << qsizetype(4'999'999);
}

void TestContentFingerprint::changedByteChangesFingerprint()
{
    QFETCH(qsizetype, size);
    QFETCH(qsizetype, offset);

    QByteArray bytes = randomBytes(size);
    const auto before = ContentFingerprint::compute(writeFile(u"before.wav"_s, bytes));
    bytes[offset] = static_cast<char>(bytes.at(offset) ^ 0x01);
    const auto after = ContentFingerprint::compute(writeFile(u"after.wav"_s, bytes));
    QVERIFY(before && after);
    QVERIFY(*before != *after);
}

void TestContentFingerprint::changeBetweenSamplesGoesUnnoticed()
{
    // Documents the trade-off: only size and three samples are read, so a
    // same-size edit between them is invisible. Recordings are never edited
    // that way; if that changes, so must this test and the fingerprint.
    QByteArray bytes = randomBytes(5'000'000);
    const auto before = ContentFingerprint::compute(writeFile(u"before.wav"_s, bytes));
    bytes[1'000'000] = static_cast<char>(bytes.at(1'000'000) ^ 0x01);
    const auto after = ContentFingerprint::compute(writeFile(u"after.wav"_s, bytes));
    QVERIFY(before && after);
    QCOMPARE(*after, *before);

    const auto longer = ContentFingerprint::compute(writeFile(u"longer.wav"_s, bytes + '\0'));
    QVERIFY(longer);
    QVERIFY(*longer != *before);
}

void TestContentFingerprint::refusesBadInput_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<ErrorCode>("code");

    QTest::newRow("empty file") << u"empty.wav"_s << ErrorCode::Empty;
    QTest::newRow("missing file") << u"missing.wav"_s << ErrorCode::NotFound;
    QTest::newRow("folder") << u"folder.wav"_s << ErrorCode::Io;
}

void TestContentFingerprint::refusesBadInput()
{
    QFETCH(QString, fileName);
    QFETCH(ErrorCode, code);

    const QString empty = writeFile(u"empty.wav"_s, {});
    QVERIFY(QFileInfo(empty).size() == 0);
    QVERIFY(QDir(m_dir.path()).mkpath(u"folder.wav"_s));

    const QString filePath = m_dir.filePath(fileName);
    const auto result = ContentFingerprint::compute(filePath);
    QVERIFY2(!result, qPrintable(result ? *result : QString()));
    QVERIFY2(result.error().message().contains(QDir::toNativeSeparators(filePath)),
        qPrintable(result.error().message()));
    QVERIFY(result.error().code() == code);
}

QTEST_GUILESS_MAIN(TestContentFingerprint)
#include "TestContentFingerprint.moc"
