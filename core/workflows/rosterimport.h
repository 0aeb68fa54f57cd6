#pragma once

#include "core/domain/eligibilitypolicy.h"
#include "core/domain/roster.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace cc {

class AuditLog;
class Clock;
class RegistryGateway;
class Session;
class Store;

struct RosterImportOptions {
    RosterEncoding encoding = RosterEncoding::Auto;
    RosterMapping mapping = RosterMapping::standard();
    // Import the rows that pass and hand back the others; by default one bad
    // row stops the whole file.
    bool goodRowsOnly = false;
};

struct RosterImportReport {
    QString source;
    QString encoding;
    int rows = 0;     // data rows in the file
    int imported = 0; // applications written
    QList<RosterProblem> problems;
    bool written = false;

    QStringList header;                     // the file's
    QList<std::pair<int, QStringList>> bad; // refused rows: row number, cells

    QJsonObject toJson() const;
    // The refused rows as the file had them, with a last column saying what
    // is wrong: UTF-8 with a BOM, so Excel in zh_TW opens it, to send back.
    QByteArray refusedCsv() const;
};

// Imports a school's or an agency's roster into a roster batch: every row
// read (Rosters::parse) and checked as an application would be: the ID
// number, eligibility for the batch's card type on today's date (a school
// roster is the education system's word on enrolment; an agency roster's
// people are looked up in the household registry), the same person twice in
// the file, a person already holding an active card of the kind or already
// waiting in a batch. Student cards expire at expected graduation plus the
// policy's grace days. All or nothing unless goodRowsOnly; in one
// transaction either way, so nothing is half-written.
class RosterImport {
    Q_DECLARE_TR_FUNCTIONS(RosterImport)

public:
    RosterImport(Store &store, AuditLog &audit, const Clock &clock, EligibilityPolicy policy,
                 RegistryGateway *registry = nullptr);

    Result<RosterImportReport> run(const Session &session, qint64 batchId, const QByteArray &bytes,
                                   const QString &source, const RosterImportOptions &options);

private:
    Store &m_store;
    AuditLog &m_audit;
    const Clock &m_clock;
    EligibilityPolicy m_policy;
    RegistryGateway *m_registry;
};

} // namespace cc
