#pragma once

#include "core/workflows/issuance.h"

#include <QWidget>

class QLabel;

namespace cc {

// The live view of one production: the application recorded, the chip
// encoded, the face printed, the card issued, each waiting, running, done or
// failed; and, on a failure, what the clerk does next.
class ProduceSteps : public QWidget {
    Q_OBJECT

public:
    enum class Row { Recorded, Encoding, Printing, Issued };
    enum class State { Waiting, Running, Done, Failed };

    explicit ProduceSteps(QWidget *parent = nullptr);

    void reset();
    void start(); // the application is being recorded
    void apply(const IssuanceEvent &event);
    void finish(const IssuanceOutcome &outcome);
    void fail(const Error &error); // refused before any card was taken

    State state(Row row) const { return m_states[int(row)]; }
    QString advice() const;

    // What the clerk does about `error` at the counter.
    static QString adviceFor(const Error &error);

private:
    void set(Row row, State state);

    State m_states[4] = {};
    QLabel *m_rows[4] = {};
    QLabel *m_advice;
};

} // namespace cc
