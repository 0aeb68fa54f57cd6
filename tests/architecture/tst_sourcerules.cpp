// Rules about the source tree, checked on every run: it does not lean on notes
// outside the repository, its files stay small, and each library folder
// includes only what docs/architecture.md allows it. Each rule also runs on a
// planted tree, written at run time into a temporary folder, that breaks it on
// purpose: a rule that stops seeing anything fails here too, and the
// repository itself never holds a violation.
#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {

constexpr int kMaxLines = 600;

const QString kRoot = QStringLiteral(CITIZENCARD_SOURCE_DIR);

// Source, build and documentation files under `root`, relative to it; build
// trees, generated catalogues, fuzz corpora and these rules themselves (which
// name what they look for) left out.
QStringList filesUnder(const QString &root, const QStringList &suffixes) {
    static const QRegularExpression skipped(
        QStringLiteral("^(build[^/]*|\\.git|node_modules|translations|fuzz/corpus|"
                       "tests/architecture)(/|$)"));
    QStringList files;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString relative = QDir(root).relativeFilePath(it.next());
        if (root == kRoot && skipped.match(relative).hasMatch())
            continue;
        const QString name = it.fileName();
        for (const QString &suffix : suffixes)
            if (name.endsWith(suffix) || name == suffix) {
                files << relative;
                break;
            }
    }
    files.sort();
    return files;
}

QStringList readLines(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
}

// "file:line: the reference" for each pointer to the design notes kept outside
// the repository: what a comment or document relies on must be in the tree.
QStringList outsideReferences(const QString &root) {
    static const QRegularExpression note(QStringLiteral(
        "\\b(DOMAIN|ARCHITECTURE|TESTING|CENTRAL|EVOLIS|STYLE)\\.md\\b|\\.\\./shared/"));
    QStringList found;
    for (const QString &file : filesUnder(root, {".cpp", ".h", ".md", ".txt", ".cmake", ".json",
                                                 ".sh", "run", "test", "fuzz", "bench"})) {
        const QStringList lines = readLines(root + QLatin1Char('/') + file);
        for (qsizetype i = 0; i < lines.size(); ++i)
            if (const auto m = note.match(lines[i]); m.hasMatch())
                found << QStringLiteral("%1:%2: %3").arg(file).arg(i + 1).arg(m.captured(0));
    }
    return found;
}

QStringList longFiles(const QString &root) {
    QStringList found;
    for (const QString &file : filesUnder(root, {".cpp", ".h"})) {
        const qsizetype lines = readLines(root + QLatin1Char('/') + file).size() - 1;
        if (lines > kMaxLines)
            found << QStringLiteral("%1: %2 lines").arg(file).arg(lines);
    }
    return found;
}

// What each library folder may include: project headers by folder, and the
// system headers it must not use. A folder not listed (app/, tests/, bench/,
// fuzz/, tools/) is wiring and may include anything.
struct IncludeRule {
    QString folder;
    QStringList allowed;   // project folders, e.g. "core/domain"
    QStringList forbidden; // system header prefixes, e.g. "QSql"
};

const QList<IncludeRule> &includeRules() {
    static const QStringList noGuiNoSql = {"QSql",    "QtSql", "sqlite3",   "QImage",  "QPainter",
                                           "QWidget", "QtGui", "QtWidgets", "QPrinter"};
    static const QList<IncludeRule> rules = {
        {"core/domain", {"core/domain"}, noGuiNoSql + QStringList{"openssl/"}},
        {"core/crypto", {"core/domain", "core/crypto"}, noGuiNoSql},
        {"core/protocol", {"core/domain", "core/protocol"}, noGuiNoSql + QStringList{"openssl/"}},
        {"core/ports",
         {"core/domain", "core/protocol", "core/ports"},
         noGuiNoSql + QStringList{"openssl/"}},
        {"core/station",
         {"core/domain", "core/crypto", "core/protocol", "core/ports", "core/station"},
         {"QImage", "QPainter", "QWidget", "QtGui", "QtWidgets", "openssl/"}},
        {"core/workflows",
         {"core/domain", "core/crypto", "core/protocol", "core/ports", "core/station",
          "core/workflows"},
         {"QImage", "QPainter", "QWidget", "QtGui", "QtWidgets", "QSql", "sqlite3", "openssl/"}},
        {"reader", {"core/domain", "core/crypto", "core/ports", "reader"}, {"QSql", "QWidget"}},
        {"printing", {"core/domain", "core/ports", "printing"}, {"QSql", "openssl/"}},
        {"devices",
         {"core/domain", "core/crypto", "core/ports", "reader", "printing", "devices"},
         {"QSql", "QWidget"}},
        {"registry", {"core/domain", "core/ports", "registry"}, noGuiNoSql},
        {"demo", {"core/domain", "core/ports", "core/station", "demo"}, {"QWidget"}},
        {"ui",
         {"core/domain", "core/ports", "core/station", "core/workflows", "ui", "translations"},
         {"QSql", "sqlite3", "openssl/"}},
        {"sync", {"core/domain", "core/protocol", "core/ports", "sync"}, noGuiNoSql},
        {"central",
         {"core/domain", "core/crypto", "core/protocol", "core/ports", "registry", "central"},
         noGuiNoSql},
    };
    return rules;
}

// "file:line: #include …" for each include a folder's rule does not allow.
QStringList includesAgainstTheRules(const QString &root) {
    static const QRegularExpression include(
        QStringLiteral("^\\s*#\\s*include\\s*([\"<])([^\">]+)[\">]"));
    QStringList found;
    for (const IncludeRule &rule : includeRules())
        for (const QString &file :
             filesUnder(root + QLatin1Char('/') + rule.folder, {".cpp", ".h"})) {
            const QString path = rule.folder + QLatin1Char('/') + file;
            const QStringList lines = readLines(root + QLatin1Char('/') + path);
            for (qsizetype i = 0; i < lines.size(); ++i) {
                const auto m = include.match(lines[i]);
                if (!m.hasMatch())
                    continue;
                const QString header = m.captured(2);
                const bool project = m.captured(1) == QLatin1String("\"");
                const auto under = [&](const QString &prefix) {
                    return project ? header.startsWith(prefix + QLatin1Char('/'))
                                   : header.startsWith(prefix);
                };
                const bool allowed =
                    project ? std::any_of(rule.allowed.begin(), rule.allowed.end(), under)
                            : std::none_of(rule.forbidden.begin(), rule.forbidden.end(), under);
                if (!allowed)
                    found
                        << QStringLiteral("%1:%2: %3").arg(path).arg(i + 1).arg(lines[i].trimmed());
            }
        }
    return found;
}

// "statement: file:line, file:line" for each SQL statement written more than
// once in the program's own folders: each has one home (a repository, the
// outbox), so a change to a table is made in one place.
QStringList repeatedStatements(const QString &root) {
    static const QRegularExpression literal(
        QStringLiteral("QStringLiteral\\(((?:\\s*\"(?:[^\"\\\\]|\\\\.)*\")+)\\s*\\)"));
    static const QRegularExpression piece(QStringLiteral("\"((?:[^\"\\\\]|\\\\.)*)\""));
    static const QRegularExpression sql(
        // A keyword and more: the command word "create" alone is no statement.
        QStringLiteral("^(SELECT|INSERT|UPDATE|DELETE|CREATE|PRAGMA|WITH)\\s+\\S"),
        QRegularExpression::CaseInsensitiveOption);
    QMap<QString, QStringList> places;
    QStringList folders;
    for (const IncludeRule &rule : includeRules())
        folders << rule.folder;
    folders << QStringLiteral("app");
    for (const QString &folder : std::as_const(folders))
        for (const QString &file : filesUnder(root + QLatin1Char('/') + folder, {".cpp", ".h"})) {
            const QString path = folder + QLatin1Char('/') + file;
            QFile f(root + QLatin1Char('/') + path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QString text = QString::fromUtf8(f.readAll());
            for (auto m = literal.globalMatch(text); m.hasNext();) {
                const QRegularExpressionMatch found = m.next();
                QString joined;
                for (auto p = piece.globalMatch(found.captured(1)); p.hasNext();)
                    joined += p.next().captured(1);
                const QString statement = joined.simplified();
                if (sql.match(statement).hasMatch())
                    places[statement] << QStringLiteral("%1:%2").arg(path).arg(
                        text.left(found.capturedStart()).count(QLatin1Char('\n')) + 1);
            }
        }
    QStringList found;
    for (auto it = places.cbegin(); it != places.cend(); ++it)
        if (it.value().size() > 1)
            found << it.key() + QStringLiteral(": ") + it.value().join(QStringLiteral(", "));
    return found;
}

// A tree that breaks each rule once: a header citing outside notes, and a
// source one line over the limit.
struct PlantedTree {
    QTemporaryDir dir;
    PlantedTree() {
        QDir(dir.path()).mkpath(QStringLiteral("core"));
        QFile notes(dir.filePath(QStringLiteral("core/notes.h")));
        notes.open(QIODevice::WriteOnly);
        notes.write("#pragma once\n// Planted: the rule of DOMAIN.md, \"Card types\".\n"
                    "// See ../shared/design for more.\n");
        for (const char *folder : {"core/domain", "ui/counter"})
            QDir(dir.path()).mkpath(QString::fromLatin1(folder));
        QFile domain(dir.filePath(QStringLiteral("core/domain/person.cpp")));
        domain.open(QIODevice::WriteOnly);
        domain.write("#include \"core/domain/person.h\"\n#include \"core/station/store.h\"\n"
                     "#include <QSqlQuery>\n#include <QString>\n");
        QFile ui(dir.filePath(QStringLiteral("ui/counter/page.cpp")));
        ui.open(QIODevice::WriteOnly);
        ui.write("#include \"core/workflows/counter.h\"\n#include \"reader/pcscencoder.h\"\n"
                 "#include \"devices/localdevices.h\"\n#include <QWidget>\n");
        for (const char *name : {"core/domain/a.cpp", "ui/counter/b.cpp"}) {
            QFile f(dir.filePath(QString::fromLatin1(name)));
            f.open(QIODevice::Append);
            f.write("auto q = QStringLiteral(\"SELECT status FROM cards \"\n"
                    "                        \"WHERE card_number = ?\");\n");
        }
        QFile longFile(dir.filePath(QStringLiteral("core/long.cpp")));
        longFile.open(QIODevice::WriteOnly);
        for (int i = 0; i <= kMaxLines; ++i)
            longFile.write(QByteArray("// line ") + QByteArray::number(i) + '\n');
    }
    QString path() const { return dir.path(); }
};

} // namespace

class TestSourceRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void treeIsScanned();
    void noReferencesOutsideTheTree();
    void noFileOverTheLimit();
    void includesFollowTheLayers();
    void architectureNamesEveryFolder();
    void eachStatementOnce();
};

void TestSourceRules::treeIsScanned() {
    // A scan that reads nothing passes every rule.
    const QStringList sources = filesUnder(kRoot, {".cpp", ".h"});
    QVERIFY2(sources.size() > 100, qPrintable(QString::number(sources.size())));
    QVERIFY(sources.contains("core/domain/nationalid.cpp"));
}

void TestSourceRules::noReferencesOutsideTheTree() {
    const QStringList found = outsideReferences(kRoot);
    QVERIFY2(found.isEmpty(), qPrintable(found.join('\n')));
    const PlantedTree tree;
    const QStringList planted = outsideReferences(tree.path());
    QCOMPARE(planted, QStringList({"core/notes.h:2: DOMAIN.md", "core/notes.h:3: ../shared/"}));
}

void TestSourceRules::noFileOverTheLimit() {
    const QStringList found = longFiles(kRoot);
    QVERIFY2(found.isEmpty(), qPrintable(found.join('\n')));
    const PlantedTree planted;
    QCOMPARE(longFiles(planted.path()), QStringList({"core/long.cpp: 601 lines"}));
}

void TestSourceRules::includesFollowTheLayers() {
    const QStringList found = includesAgainstTheRules(kRoot);
    QVERIFY2(found.isEmpty(), qPrintable(found.join('\n')));
    const PlantedTree planted;
    QCOMPARE(includesAgainstTheRules(planted.path()),
             QStringList({"core/domain/person.cpp:2: #include \"core/station/store.h\"",
                          "core/domain/person.cpp:3: #include <QSqlQuery>",
                          "ui/counter/page.cpp:2: #include \"reader/pcscencoder.h\"",
                          "ui/counter/page.cpp:3: #include \"devices/localdevices.h\""}));
}

void TestSourceRules::architectureNamesEveryFolder() {
    // docs/architecture.md draws the layers these rules enforce: every library
    // folder is in its table and its diagram source is in the file.
    QFile f(kRoot + QStringLiteral("/docs/architecture.md"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY(text.contains(QStringLiteral("```mermaid")));
    for (const IncludeRule &rule : includeRules())
        QVERIFY2(text.contains(QStringLiteral("| `") + rule.folder + QLatin1Char('`')),
                 qPrintable(rule.folder));
    for (const IncludeRule &rule : includeRules())
        QVERIFY2(QFile::exists(kRoot + QLatin1Char('/') + rule.folder +
                               QStringLiteral("/CMakeLists.txt")),
                 qPrintable(rule.folder + QStringLiteral(" has no CMakeLists.txt of its own")));
}

void TestSourceRules::eachStatementOnce() {
    const QStringList found = repeatedStatements(kRoot);
    QVERIFY2(found.isEmpty(), qPrintable(found.join('\n')));
    const PlantedTree planted;
    QCOMPARE(repeatedStatements(planted.path()),
             QStringList({"SELECT status FROM cards WHERE card_number = ?: core/domain/a.cpp:1, "
                          "ui/counter/b.cpp:1"}));
}

QTEST_GUILESS_MAIN(TestSourceRules)
#include "tst_sourcerules.moc"
