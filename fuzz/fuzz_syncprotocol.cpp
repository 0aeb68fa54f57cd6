// What crosses the network between station and centre (core/protocol): a
// push batch and its answer, an enrolment request and its answer, a page of
// changes, a signed hotlist and its text. A batch the parser accepts is
// bounded and consecutive, and writing it again and reading that back gives
// the same events; a hotlist read back is written again byte for byte; a
// pre-application read back is written and read again to the same fields.
#include "fuzz/fuzzsupport.h"

#include "core/protocol/changes.h"
#include "core/protocol/enrol.h"
#include "core/protocol/hotlist.h"
#include "core/protocol/preapplication.h"
#include "core/protocol/push.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    cc::fuzz::ensureApplication();
    const QByteArray body = cc::fuzz::bytesOf(data, size);
    const cc::Result<cc::PushBatch> batch = cc::PushBatch::fromJson(body);
    if (batch) {
        if (batch->events.isEmpty() || batch->events.size() > cc::PushBatch::kMaxEvents)
            std::abort();
        for (qsizetype i = 1; i < batch->events.size(); ++i)
            if (batch->events[i].seq != batch->events[i - 1].seq + 1)
                std::abort();
        // The payloads are checked, not kept: give them back from the body's
        // own parse to write the batch again.
        cc::PushBatch again = *batch;
        for (cc::PushedEvent &e : again.events)
            e.payload = "{}";
        const cc::Result<cc::PushBatch> reread = cc::PushBatch::fromJson(again.toJson());
        if (!reread || reread->events.size() != batch->events.size() ||
            reread->events.last().id != batch->events.last().id)
            std::abort();
    }
    (void)cc::PushAnswer::fromJson(body);
    (void)cc::EnrolRequest::fromJson(body);
    (void)cc::EnrolAnswer::fromJson(body);
    if (const cc::Result<cc::ChangesPage> page = cc::ChangesPage::fromJson(body))
        if (page->changes.size() > cc::ChangesPage::kMaxChanges)
            std::abort();
    (void)cc::SignedHotlist::fromJson(body);
    for (const bool withCode : {false, true})
        if (const cc::Result<cc::PreApplication> p = cc::PreApplication::fromJson(body, withCode)) {
            const cc::Result<cc::PreApplication> again =
                cc::PreApplication::fromJson(p->toJson(), withCode);
            if (!again || again->toJson() != p->toJson() || body.size() > p->kMaxBodyBytes)
                std::abort();
        }
    if (const cc::Result<cc::Hotlist> list = cc::Hotlist::fromText(body))
        if (list->toText() != body)
            std::abort();
    return 0;
}
