#include <QTest>
class TstCounter : public QObject {
    Q_OBJECT
};
QTEST_MAIN(TstCounter)
#include "tst_counter.moc"
