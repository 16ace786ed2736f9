// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/AudioInfo.h"
#include "model/Call.h"
#include "model/Segment.h"

#include <QJsonObject>

namespace coach::cli {

// The stable JSON shapes `coach … --json` prints; the README documents them.
namespace CallJson {

[[nodiscard]] QJsonObject summary(const Call &call);
// A JSON array of every call's summary(), the same bytes QJsonDocument::toJson()
// writes for it, without building the document: for a page of calls the
// document cost more than the query behind it.
[[nodiscard]] QByteArray summaryArray(const QList<Call> &calls);
[[nodiscard]] QJsonObject details(const Call &call, const QList<Segment> &segments, const QStringList &tags);
[[nodiscard]] QJsonObject audio(const AudioInfo &info);

} // namespace CallJson

} // namespace coach::cli
