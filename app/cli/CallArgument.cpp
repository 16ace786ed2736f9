// SPDX-License-Identifier: GPL-3.0-or-later
#include "CallArgument.h"

#include "media/ContentFingerprint.h"
#include "storage/CallRepository.h"

#include <QFileInfo>

namespace coach::cli {

Result<Call> CallArgument::find(const Database &db, const QString &reference)
{
    CallRepository calls(db);
    bool isId = false;
    const qint64 id = reference.toLongLong(&isId);
    Result<std::optional<Call>> found = std::optional<Call>();
    if (isId && !QFileInfo::exists(reference)) {
        found = calls.find(CallId(id));
    } else {
        const auto fingerprint = ContentFingerprint::compute(reference);
        if (!fingerprint)
            return std::unexpected(fingerprint.error());
        found = calls.findByFingerprint(*fingerprint);
    }
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value())
        return fail(ErrorCode::NotFound, tr("no call “%1” in the library").arg(reference));
    return **found;
}

} // namespace coach::cli
