// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <expected>

namespace coach {

// What went wrong, in a form callers can branch on; the message is for people.
enum class ErrorCode {
    Io,            // the file could not be read or written
    NotFound,      // a file, call or row that should exist does not
    Empty,         // the file exists but holds nothing
    Corrupt,       // the content is damaged or truncated
    Unsupported,   // a format or feature Coachbench does not read
    InvalidInput,  // a malformed value (a date, a number, a column)
    Duplicate,     // already in the library
    NewerSchema,   // the library was written by a newer Coachbench
    Database,      // SQLite refused
    DiskFull,      // no space left to write
    Cancelled,     // the user stopped the work
};

/*
 * The error type at libcoach's edge. Every message is already translated and
 * names the file (or row) and the cause, so a caller can show it as it is.
 */
class Error final
{
public:
    Error(ErrorCode code, QString message)
        : m_code(code)
        , m_message(std::move(message))
    {
    }

    [[nodiscard]] ErrorCode code() const { return m_code; }
    [[nodiscard]] const QString &message() const { return m_message; }

private:
    ErrorCode m_code;
    QString m_message;
};

template<typename T>
using Result = std::expected<T, Error>;

inline std::unexpected<Error> fail(ErrorCode code, QString message)
{
    return std::unexpected<Error>(Error(code, std::move(message)));
}

} // namespace coach
