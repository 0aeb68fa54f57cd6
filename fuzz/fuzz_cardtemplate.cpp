// Card face templates (printing/cardtemplate.*), as loaded from a city's
// template file; image literals are looked up in an empty directory.
#include "fuzz/fuzzsupport.h"

#include "printing/cardtemplate.h"

#include <QTemporaryDir>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    cc::fuzz::ensureApplication();
    static QTemporaryDir baseDir;
    const cc::Result<cc::CardTemplate> parsed =
        cc::CardTemplate::parse(cc::fuzz::bytesOf(data, size), baseDir.path());
    if (!parsed) {
        (void)parsed.error().toString();
        return 0;
    }
    (void)parsed->fields();
    for (const cc::TemplateSide *side : {&parsed->front, &parsed->back})
        for (const cc::TemplateElement &element : side->elements)
            (void)cc::ribbonPanelName(element.panel);
    return 0;
}
