// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace coach {

// The kinds of personal data the redactor finds in transcripts.
enum class PiiType {
    CardNumber,
    ExpiryDate,
    SecurityCode,
    Phone,
    Email,
    NationalId, // US social security, UK national insurance
    BankAccount, // account numbers, sort codes with account, IBANs
    DateOfBirth,
    Address,
    PersonName,
};

// Every type, in declaration order, for tables and loops.
inline constexpr PiiType allPiiTypes[] = {
    PiiType::CardNumber, PiiType::ExpiryDate,  PiiType::SecurityCode, PiiType::Phone,   PiiType::Email,
    PiiType::NationalId, PiiType::BankAccount, PiiType::DateOfBirth,  PiiType::Address, PiiType::PersonName,
};

// The stable key JSON and the database use: "card", "expiry", "cvv", "phone",
// "email", "national_id", "bank_account", "date_of_birth", "address", "name".
[[nodiscard]] QString piiTypeKey(PiiType type);
// The inverse of piiTypeKey(); nullopt for anything else (case matters).
[[nodiscard]] std::optional<PiiType> piiTypeFromKey(QStringView key);
// What replaces the data in redacted text, translated: "[card number]", "[phone]", "[email]", …
[[nodiscard]] QString piiPlaceholder(PiiType type);
// A short translated name for the type, for lists and menus ("Card number", "Phone number", …).
[[nodiscard]] QString piiTypeName(PiiType type);

} // namespace coach
