// SPDX-License-Identifier: GPL-3.0-or-later
// qt-list-floor LIB SQL -- the floor of any Qt program that reads SQLite through
// QSQLITE: a bare QCoreApplication runs one SELECT and writes its rows as
// JSON-like text. bench-list.sh times it against sqlite3 and coach against it,
// so the ratio splits into what Qt Core + Qt SQL cost and what coach adds.
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3)
        return 2;
    QByteArray out = "[\n";
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
        db.setDatabaseName(QString::fromLocal8Bit(argv[1]));
        if (!db.open())
            return 1;
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QString::fromUtf8(argv[2])))
            return 1;
        const int columns = q.record().count();
        while (q.next()) {
            out += "{";
            for (int i = 0; i < columns; ++i) {
                out += i ? ", \"" : "\"";
                out += QByteArray::number(i);
                out += "\": \"";
                out += q.value(i).toString().toUtf8();
                out += "\"";
            }
            out += "},\n";
        }
    }
    out += "]\n";
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    return 0;
}
