// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/AnalysisCache.h"

#include "AnalysisTestSupport.h"
#include "TestSupport.h"
#include "core/TaskControl.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace Qt::Literals::StringLiterals;
using namespace coach;

/*
 * The on-disk cache: what is stored loads back the same, a cached recording
 * is never decoded again, and a damaged, short or other-version file is
 * refused by load() and rebuilt by obtain().
 */
class TestAnalysisCache final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void roundTrip();
    void missingIsNotFound();
    void obtainDecodesOnce();
    void invalid_data();
    void invalid();
    void strangeFingerprintStaysInside();
    void defaultLocation();

private:
    [[nodiscard]] QString path(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    test::Samples m_samples;
};

namespace {

const QString kFingerprint = u"0123abcd"_s;

} // namespace

void TestAnalysisCache::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_samples.clear();
    // One second of a loud burst in two seconds of quiet, stereo.
    for (int i = 0; i < 16000; ++i) {
        const bool loud = i >= 4000 && i < 12000;
        m_samples.append(qint16(loud ? ((i * 37) % 20000) - 10000 : (i % 5) - 2));
        m_samples.append(qint16(loud ? 0 : 3000 * ((i / 40) % 2)));
    }
    QVERIFY(test::writeWav(path(u"call.wav"_s), m_samples, 2, 8000));
}

void TestAnalysisCache::roundTrip()
{
    const AnalysisCache cache(path(u"cache"_s));
    const auto analysis = cache.obtain(path(u"call.wav"_s), kFingerprint);
    QVERIFY2(analysis, test::why(analysis).constData());
    QVERIFY(!analysis->speech.at(0).isEmpty());
    QVERIFY(QFileInfo::exists(cache.pathFor(kFingerprint)));
    const auto loaded = cache.load(kFingerprint);
    QVERIFY2(loaded, test::why(loaded).constData());
    QVERIFY(test::sameAnalysis(*analysis, *loaded));
    QCOMPARE(loaded->peaks.level(0).channels.at(0), test::referencePeaks(m_samples, 2, 0, 256));
}

void TestAnalysisCache::missingIsNotFound()
{
    const AnalysisCache cache(path(u"cache"_s));
    const auto loaded = cache.load(kFingerprint);
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().code(), ErrorCode::NotFound);
}

// Reopening a recording whose analysis is cached decodes nothing: it works
// with the recording gone, and reports no progress.
void TestAnalysisCache::obtainDecodesOnce()
{
    const AnalysisCache cache(path(u"cache"_s));
    const auto first = cache.obtain(path(u"call.wav"_s), kFingerprint);
    QVERIFY2(first, test::why(first).constData());
    QVERIFY(QFile::remove(path(u"call.wav"_s)));
    int reports = 0;
    TaskControl control([&reports](qint64, qint64, const QString &) { ++reports; });
    const auto second = cache.obtain(path(u"call.wav"_s), kFingerprint, &control);
    QVERIFY2(second, test::why(second).constData());
    QVERIFY(test::sameAnalysis(*first, *second));
    QCOMPARE(reports, 0);
}

void TestAnalysisCache::invalid_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<int>("code");
    QTest::newRow("payload byte flipped") << u"flip-payload"_s << int(ErrorCode::Corrupt);
    QTest::newRow("header byte flipped") << u"flip-header"_s << int(ErrorCode::Corrupt);
    QTest::newRow("last byte flipped") << u"flip-last"_s << int(ErrorCode::Corrupt);
    QTest::newRow("truncated") << u"truncate"_s << int(ErrorCode::Corrupt);
    QTest::newRow("header only") << u"header-only"_s << int(ErrorCode::Corrupt);
    QTest::newRow("shorter than a header") << u"stump"_s << int(ErrorCode::Corrupt);
    QTest::newRow("empty") << u"empty"_s << int(ErrorCode::Corrupt);
    QTest::newRow("appended bytes") << u"append"_s << int(ErrorCode::Corrupt);
    QTest::newRow("other version") << u"version"_s << int(ErrorCode::Unsupported);
    QTest::newRow("not ours") << u"magic"_s << int(ErrorCode::Corrupt);
    QTest::newRow("other fingerprint") << u"swap"_s << int(ErrorCode::Corrupt);
}

void TestAnalysisCache::invalid()
{
    QFETCH(QString, damage);
    QFETCH(int, code);
    const AnalysisCache cache(path(u"cache"_s));
    const auto original = cache.obtain(path(u"call.wav"_s), kFingerprint);
    QVERIFY2(original, test::why(original).constData());
    const QString file = cache.pathFor(kFingerprint);
    QByteArray bytes = test::readFile(file);
    QVERIFY(bytes.size() > 200);

    if (damage == u"flip-payload"_s) {
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x01);
    } else if (damage == u"flip-header"_s) {
        bytes[17] = char(bytes[17] ^ 0x40); // the payload size
    } else if (damage == u"flip-last"_s) {
        bytes[bytes.size() - 1] = char(bytes[bytes.size() - 1] ^ 0x80);
    } else if (damage == u"truncate"_s) {
        bytes.chop(100);
    } else if (damage == u"header-only"_s) {
        bytes.truncate(64);
    } else if (damage == u"stump"_s) {
        bytes.truncate(20);
    } else if (damage == u"empty"_s) {
        bytes.clear();
    } else if (damage == u"append"_s) {
        bytes.append("more");
    } else if (damage == u"version"_s) {
        qToLittleEndian<quint32>(quint32(AnalysisCache::kFormatVersion + 1), bytes.data() + 8);
    } else if (damage == u"magic"_s) {
        bytes[0] = 'X';
    } else if (damage == u"swap"_s) {
        // A valid file, but another recording's: stored under our name.
        const auto other = cache.store(u"ffff0000"_s, *original);
        QVERIFY(other);
        bytes = test::readFile(cache.pathFor(u"ffff0000"_s));
    }
    QVERIFY(test::writeFile(file, bytes));

    const auto loaded = cache.load(kFingerprint);
    QVERIFY(!loaded);
    QCOMPARE(int(loaded.error().code()), code);
    QVERIFY2(loaded.error().message().contains(QDir::toNativeSeparators(file)),
             test::why(loaded).constData());

    // obtain() does not trust it: it analyses again and replaces the file.
    const auto rebuilt = cache.obtain(path(u"call.wav"_s), kFingerprint);
    QVERIFY2(rebuilt, test::why(rebuilt).constData());
    QVERIFY(test::sameAnalysis(*original, *rebuilt));
    const auto reloaded = cache.load(kFingerprint);
    QVERIFY2(reloaded, test::why(reloaded).constData());
    QVERIFY(test::sameAnalysis(*original, *reloaded));
}

void TestAnalysisCache::strangeFingerprintStaysInside()
{
    const AnalysisCache cache(path(u"cache"_s));
    const QString name = u"../../etc/passwd"_s;
    QCOMPARE(QFileInfo(cache.pathFor(name)).absolutePath(), QFileInfo(path(u"cache"_s)).absoluteFilePath());
    const auto analysis = cache.obtain(path(u"call.wav"_s), name);
    QVERIFY2(analysis, test::why(analysis).constData());
    QVERIFY(cache.load(name));
}

void TestAnalysisCache::defaultLocation()
{
    QStandardPaths::setTestModeEnabled(true);
    const AnalysisCache cache;
    QVERIFY(cache.directory().endsWith(u"/analysis"_s));
    QVERIFY(cache.directory().startsWith(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)));
}

QTEST_GUILESS_MAIN(TestAnalysisCache)
#include "TestAnalysisCache.moc"
