// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/TagLabels.h"

namespace coach {

namespace {

struct Seeded
{
    const char16_t *key;
    const char *label;
};

// As the migrations seed them, word for word: a stored label equal to its seed
// has not been renamed.
constexpr Seeded kSeeded[] = {
    { u"checkpoint.greeting", QT_TRANSLATE_NOOP("TagLabels", "Greeting") },
    { u"checkpoint.verification", QT_TRANSLATE_NOOP("TagLabels", "Verification") },
    { u"checkpoint.issue_summary", QT_TRANSLATE_NOOP("TagLabels", "Issue summary") },
    { u"checkpoint.resolution", QT_TRANSLATE_NOOP("TagLabels", "Resolution") },
    { u"checkpoint.confirmation", QT_TRANSLATE_NOOP("TagLabels", "Confirmation") },
    { u"off_script.effective", QT_TRANSLATE_NOOP("TagLabels", "Off-script — effective") },
    { u"off_script.ineffective", QT_TRANSLATE_NOOP("TagLabels", "Off-script — ineffective") },
    { u"pattern.empathy_bridge", QT_TRANSLATE_NOOP("TagLabels", "Empathy bridge") },
    { u"pattern.paraphrase_confirm", QT_TRANSLATE_NOOP("TagLabels", "Paraphrase-and-confirm") },
    { u"pattern.yes_and", QT_TRANSLATE_NOOP("TagLabels", "“Yes, And”") },
    { u"pattern.layered_questioning", QT_TRANSLATE_NOOP("TagLabels", "Layered questioning") },
    { u"pattern.emotional_mirroring", QT_TRANSLATE_NOOP("TagLabels", "Emotional mirroring with restraint") },
    { u"pattern.pause_button", QT_TRANSLATE_NOOP("TagLabels", "Pause button") },
    { u"anti.canned_empathy", QT_TRANSLATE_NOOP("TagLabels", "Canned empathy") },
    { u"anti.canned_empathy_overuse", QT_TRANSLATE_NOOP("TagLabels", "Canned empathy overused") },
    { u"anti.robotic_script", QT_TRANSLATE_NOOP("TagLabels", "Robotic script reading") },
    { u"anti.boundary_promise", QT_TRANSLATE_NOOP("TagLabels", "Boundary breach: promise") },
    { u"anti.boundary_opinion", QT_TRANSLATE_NOOP("TagLabels", "Boundary breach: personal opinion") },
    { u"anti.boundary_arguing", QT_TRANSLATE_NOOP("TagLabels", "Boundary breach: arguing") },
    { u"anti.missed_empathy", QT_TRANSLATE_NOOP("TagLabels", "Missed empathy opportunity") },
    { u"signal.escalated", QT_TRANSLATE_NOOP("TagLabels", "Escalated") },
    { u"signal.angry_customer", QT_TRANSLATE_NOOP("TagLabels", "Angry customer") },
};

const Seeded *find(QStringView key)
{
    for (const Seeded &seeded : kSeeded) {
        if (key == QStringView(seeded.key))
            return &seeded;
    }
    return nullptr;
}

} // namespace

QString TagLabels::display(QStringView key, const QString &stored)
{
    const Seeded *seeded = find(key);
    if (!seeded || stored != QString::fromUtf8(seeded->label))
        return stored;
    return QCoreApplication::translate("TagLabels", seeded->label);
}

QString TagLabels::seeded(QStringView key)
{
    const Seeded *seeded = find(key);
    return seeded ? QString::fromUtf8(seeded->label) : QString();
}

} // namespace coach
