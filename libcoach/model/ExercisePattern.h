// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace coach {

// The guide's six patterns a Monday rewrite practises.
enum class ExercisePattern {
    ParaphraseAndConfirm,
    YesAnd,
    LayeredQuestioning,
    EmotionalMirroring,
    EmpathyBridge,
    PauseButton,
};

inline constexpr ExercisePattern allExercisePatterns[] = {
    ExercisePattern::ParaphraseAndConfirm, ExercisePattern::YesAnd,        ExercisePattern::LayeredQuestioning,
    ExercisePattern::EmotionalMirroring,   ExercisePattern::EmpathyBridge, ExercisePattern::PauseButton,
};

/*
 * Names and one-paragraph reminders for handouts, in the guide's words. The
 * key is the pattern's tag key in the schema's vocabulary ("pattern.yes_and"),
 * so an exercise's pattern is stored as that tag.
 */
class ExercisePatterns final
{
    Q_DECLARE_TR_FUNCTIONS(ExercisePatterns)
public:
    [[nodiscard]] static QString tagKey(ExercisePattern pattern)
    {
        switch (pattern) {
        case ExercisePattern::ParaphraseAndConfirm: return QStringLiteral("pattern.paraphrase_confirm");
        case ExercisePattern::YesAnd: return QStringLiteral("pattern.yes_and");
        case ExercisePattern::LayeredQuestioning: return QStringLiteral("pattern.layered_questioning");
        case ExercisePattern::EmotionalMirroring: return QStringLiteral("pattern.emotional_mirroring");
        case ExercisePattern::EmpathyBridge: return QStringLiteral("pattern.empathy_bridge");
        case ExercisePattern::PauseButton: return QStringLiteral("pattern.pause_button");
        }
        return {};
    }

    [[nodiscard]] static std::optional<ExercisePattern> fromTagKey(const QString &key)
    {
        for (ExercisePattern pattern : allExercisePatterns) {
            if (tagKey(pattern) == key)
                return pattern;
        }
        return std::nullopt;
    }

    [[nodiscard]] static QString name(ExercisePattern pattern)
    {
        switch (pattern) {
        case ExercisePattern::ParaphraseAndConfirm: return tr("Paraphrase and confirm");
        case ExercisePattern::YesAnd: return tr("“Yes, And”");
        case ExercisePattern::LayeredQuestioning: return tr("Layered questioning");
        case ExercisePattern::EmotionalMirroring: return tr("Emotional mirroring with restraint");
        case ExercisePattern::EmpathyBridge: return tr("Empathy bridge");
        case ExercisePattern::PauseButton: return tr("Pause button");
        }
        return {};
    }

    // What the pattern is and one example, for the handout.
    [[nodiscard]] static QString reminder(ExercisePattern pattern)
    {
        switch (pattern) {
        case ExercisePattern::ParaphraseAndConfirm:
            return tr("Before offering any solution, say the customer's issue back in your own words and ask "
                      "whether you have it right. It shows you listened without a single empathy buzzword: "
                      "“So if I'm hearing you correctly, the main issue is that the replacement part didn't "
                      "fit, and you've now been without a working unit for three days. Is that right?”");
        case ExercisePattern::YesAnd:
            return tr("Borrowed from improvisation: start by accepting the customer's reality. Instead of "
                      "correcting or explaining at once, validate their perspective first, then move the "
                      "conversation on together: “Yes, the website did show that item as in stock, and I "
                      "can see why you'd expect it to arrive. Let me check what happened.”");
        case ExercisePattern::LayeredQuestioning:
            return tr("Instead of one diagnostic question, ask a series that build on each other: start with a "
                      "broad open question, then narrow based on the answer. “Can you walk me through what "
                      "you were trying to do?” → “And when you clicked that button, what happened "
                      "next?” → “Did you see any error message or did it just freeze?” It "
                      "feels like a conversation, not an interrogation.");
        case ExercisePattern::EmotionalMirroring:
            return tr("Match the customer's emotional intensity slightly below their level. If they are angry, "
                      "stay calm but show concern; never match the anger. If they are cheerful, be warm but not "
                      "over the top. A steady presence helps de-escalate tension.");
        case ExercisePattern::EmpathyBridge:
            return tr("When the customer's tone shifts to anger or fear, pause the script and address the "
                      "emotion first, then lead back to the task: “I can hear this is really important to "
                      "you. Let me make sure I understand everything before we proceed.”");
        case ExercisePattern::PauseButton:
            return tr("Under pressure, don't fall back on the script: use a phrase that buys a few seconds to "
                      "collect yourself and shows the customer you are working for them: “Let me take a "
                      "moment to review the details so I can give you the best answer.”");
        }
        return {};
    }

    // The default task for an exercise on this pattern.
    [[nodiscard]] static QString defaultInstructions(ExercisePattern pattern)
    {
        return tr("Rewrite the highlighted rep turn with this week's pattern, %1. Keep what the rep had to "
                  "say; change how it is said. Two or three sentences are enough.")
                .arg(name(pattern));
    }
};

} // namespace coach
