// SPDX-License-Identifier: GPL-3.0-or-later
#include "redact/PiiDetector.h"

#include "redact/PiiScanner.h"

namespace coach {

PiiDetector::PiiDetector(Options options)
    : m_scanner(std::make_shared<const PiiScanner>(options))
{
}

PiiDetector::~PiiDetector() = default;
PiiDetector::PiiDetector(const PiiDetector &other) = default;
PiiDetector &PiiDetector::operator=(const PiiDetector &other) = default;
// A moved-from detector still detects: moving shares the scanner like copying does.
PiiDetector::PiiDetector(PiiDetector &&other) noexcept
    : m_scanner(other.m_scanner)
{
}

PiiDetector &PiiDetector::operator=(PiiDetector &&other) noexcept
{
    m_scanner = other.m_scanner;
    return *this;
}

QList<PiiSpan> PiiDetector::detect(const QString &text, const QList<PiiType> &expected) const
{
    return m_scanner->scan(text, expected);
}

QList<PiiType> PiiDetector::requestedTypes(const QString &question)
{
    return PiiScanner::requestedTypes(question);
}

} // namespace coach
