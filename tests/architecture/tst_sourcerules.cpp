// Rules about the source tree, checked on every run: it does not lean on notes
// outside the repository, and its files stay small. Each rule also runs on a
// planted tree, written at run time into a temporary folder, that breaks it on
// purpose: a rule that stops seeing anything fails here too, and the
// repository itself never holds a violation.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

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

QTEST_GUILESS_MAIN(TestSourceRules)
#include "tst_sourcerules.moc"
