// SPDX-License-Identifier: GPL-3.0-or-later
#include "redact/PiiType.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace coach {

QString piiTypeKey(PiiType type)
{
    switch (type) {
    case PiiType::CardNumber: return u"card"_s;
    case PiiType::ExpiryDate: return u"expiry"_s;
    case PiiType::SecurityCode: return u"cvv"_s;
    case PiiType::Phone: return u"phone"_s;
    case PiiType::Email: return u"email"_s;
    case PiiType::NationalId: return u"national_id"_s;
    case PiiType::BankAccount: return u"bank_account"_s;
    case PiiType::DateOfBirth: return u"date_of_birth"_s;
    case PiiType::Address: return u"address"_s;
    case PiiType::PersonName: return u"name"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<PiiType> piiTypeFromKey(QStringView key)
{
    for (const PiiType type : allPiiTypes) {
        if (piiTypeKey(type) == key)
            return type;
    }
    return std::nullopt;
}

QString piiPlaceholder(PiiType type)
{
    switch (type) {
    case PiiType::CardNumber: return QCoreApplication::translate("PiiType", "[card number]");
    case PiiType::ExpiryDate: return QCoreApplication::translate("PiiType", "[expiry date]");
    case PiiType::SecurityCode: return QCoreApplication::translate("PiiType", "[security code]");
    case PiiType::Phone: return QCoreApplication::translate("PiiType", "[phone]");
    case PiiType::Email: return QCoreApplication::translate("PiiType", "[email]");
    case PiiType::NationalId: return QCoreApplication::translate("PiiType", "[ID number]");
    case PiiType::BankAccount: return QCoreApplication::translate("PiiType", "[bank account]");
    case PiiType::DateOfBirth: return QCoreApplication::translate("PiiType", "[date of birth]");
    case PiiType::Address: return QCoreApplication::translate("PiiType", "[address]");
    case PiiType::PersonName: return QCoreApplication::translate("PiiType", "[name]");
    }
    Q_UNREACHABLE();
    return {};
}

QString piiTypeName(PiiType type)
{
    switch (type) {
    case PiiType::CardNumber: return QCoreApplication::translate("PiiType", "Card number");
    case PiiType::ExpiryDate: return QCoreApplication::translate("PiiType", "Expiry date");
    case PiiType::SecurityCode: return QCoreApplication::translate("PiiType", "Security code");
    case PiiType::Phone: return QCoreApplication::translate("PiiType", "Phone number");
    case PiiType::Email: return QCoreApplication::translate("PiiType", "E-mail address");
    case PiiType::NationalId: return QCoreApplication::translate("PiiType", "SSN / NI number");
    case PiiType::BankAccount: return QCoreApplication::translate("PiiType", "Bank account");
    case PiiType::DateOfBirth: return QCoreApplication::translate("PiiType", "Date of birth");
    case PiiType::Address: return QCoreApplication::translate("PiiType", "Address");
    case PiiType::PersonName: return QCoreApplication::translate("PiiType", "Name");
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace coach
