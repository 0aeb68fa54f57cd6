// The receipts of the counter: made from what the store holds, numbered and
// kept (Receipts), signed with the operator's display name, under the
// office's name; any printed again as a marked copy.
#include "core/domain/nationalid.h"
#include "core/domain/objects.h"
#include "core/ports/clock.h"
#include "core/station/receipts.h"
#include "core/station/session.h"
#include "core/workflows/counterdesk.h"

namespace cc {

Result<Receipt> CounterDesk::receiptFor(const Session &session, qint64 applicationId,
                                        const QString &cardNumber, const QString &name,
                                        const QString &nationalId) {
    Result<CardSummary> card = m_counter.card(session, cardNumber);
    if (!card)
        return card.error();
    Result<Receipt> header = receiptHeader(session, *card, name, nationalId);
    if (!header)
        return header;
    Receipt receipt = *header;
    Result<ApplicantRecord> applicant =
        Applicants(m_store, m_audit, m_clock).forApplication(session, applicationId);
    if (!applicant)
        return applicant.error();
    for (const ApplicationRecord &a : applicant->applications)
        if (a.id == applicationId) {
            receipt.fee = a.fee;
            receipt.feeWaived = a.feeWaived;
            receipt.feeWaiver = a.documents.value(QStringLiteral("feeWaiver")).toString();
        }
    receipt.applicationId = applicationId;
    return receipt;
}

Result<Receipt> CounterDesk::lostProof(const Session &session, const QString &cardNumber,
                                       const QString &name, const QString &nationalId) {
    Result<CardSummary> card = m_counter.card(session, cardNumber);
    if (!card)
        return card.error();
    if (card->status != CardStatus::Blocked || card->reason != StatusReason::Lost)
        return Error{
            ErrorCode::WrongState,
            tr("Card %1 is not reported lost: there is nothing to prove.").arg(card->cardNumber),
            Objects::card(card->cardNumber)};
    Result<Receipt> header = receiptHeader(session, *card, name, nationalId);
    if (!header)
        return header;
    Receipt proof = *header;
    proof.kind = Receipt::Kind::LostReport;
    return proof;
}

// What every receipt says: the card as the store holds it, the applicant as
// the clerk has them on screen (the ID number masked), the office, who signs.
Result<Receipt> CounterDesk::receiptHeader(const Session &session, const CardSummary &card,
                                           const QString &name, const QString &nationalId) {
    Receipts receipts(m_store, m_audit, m_clock);
    Result<OfficeInfo> office = receipts.office();
    if (!office)
        return office.error();
    Result<QString> signature = receipts.signature(session.username());
    if (!signature)
        return signature.error();
    Receipt receipt;
    receipt.at = m_clock.nowUtc();
    receipt.cardNumber = card.cardNumber;
    receipt.cardType = CardTypes::displayName(card.type);
    receipt.carrier = Carriers::displayName(card.carrier);
    receipt.name = name;
    receipt.maskedId = NationalId::masked(NationalId::check(nationalId).normalized);
    receipt.issued = card.issued;
    receipt.expires = card.expires;
    receipt.stationId = session.stationId();
    receipt.operatorName = *signature;
    receipt.officeName = office->name;
    receipt.officeAddress = office->address;
    receipt.officePhone = office->phone;
    receipt.sensitiveData = CardTypes::usesSensitiveData(card.type);
    return receipt;
}

Status CounterDesk::printKept(const Session &session, Receipt receipt, qint64 copyOf,
                              const DeviceChoice &devices) {
    Receipts receipts(m_store, m_audit, m_clock);
    Result<ReceiptEntry> kept = receipts.reserve(session,
                                                 receipt.kind == Receipt::Kind::LostReport
                                                     ? ReceiptEntry::Kind::LostReport
                                                     : ReceiptEntry::Kind::Application,
                                                 receipt.applicationId, receipt.cardNumber, copyOf);
    if (!kept)
        return kept.error();
    receipt.number = kept->number();
    if (copyOf)
        receipt.printedAgainAt = kept->printedAt;
    if (Status printed = m_devices.printReceipt(receipt, devices.receiptPrinter); !printed) {
        (void)receipts.forget(kept->id); // not on paper: the number is not used
        return printed;
    }
    return receipts.printed(session, *kept);
}

Status CounterDesk::printReceipt(const Session &session, qint64 applicationId,
                                 const QString &cardNumber, const QString &name,
                                 const QString &nationalId, const DeviceChoice &devices) {
    Result<Receipt> receipt = receiptFor(session, applicationId, cardNumber, name, nationalId);
    if (!receipt)
        return receipt.error();
    return printKept(session, *receipt, 0, devices);
}

Status CounterDesk::printLostReport(const Session &session, const QString &cardNumber,
                                    const QString &name, const QString &nationalId,
                                    const DeviceChoice &devices) {
    Result<Receipt> proof = lostProof(session, cardNumber, name, nationalId);
    if (!proof)
        return proof.error();
    return printKept(session, *proof, 0, devices);
}

Status CounterDesk::reprintReceipt(const Session &session, qint64 receiptId, const QString &name,
                                   const QString &nationalId, const DeviceChoice &devices) {
    Receipts receipts(m_store, m_audit, m_clock);
    Result<ReceiptEntry> entry = receipts.entry(session, receiptId);
    if (!entry)
        return entry.error();
    Result<ReceiptEntry> first = entry->copyOf ? receipts.entry(session, entry->copyOf) : entry;
    if (!first)
        return first.error();
    Result<Receipt> receipt =
        first->kind == ReceiptEntry::Kind::LostReport
            ? lostProof(session, first->cardNumber, name, nationalId)
            : receiptFor(session, first->applicationId, first->cardNumber, name, nationalId);
    if (!receipt)
        return receipt.error();
    Receipt copy = *receipt;
    copy.at = first->printedAt; // the copy says when the first was made
    return printKept(session, copy, first->id, devices);
}

} // namespace cc
