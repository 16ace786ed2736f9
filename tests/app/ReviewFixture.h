// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestSupport.h"
#include "model/Call.h"
#include "review/ReviewPage.h"
#include "storage/CallRepository.h"
#include "storage/Database.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

/*
 * What the review-screen tests stand on: a tone recording made with ffmpeg
 * (20 s of 16-bit PCM at 8 kHz, so seeks land exactly), a fresh library per
 * test holding one call of it, and a shown ReviewPage. The test owns the
 * ReviewController and resets it before reset() here.
 */
class ReviewFixture final
{
public:
    QTemporaryDir dir;
    QString recording;
    std::unique_ptr<coach::Database> db;
    coach::CallId call;
    std::unique_ptr<ReviewPage> page;
    int libraries = 0; // one per test function, so no test sees another's data

    // Writes the recording `name` into `dir`; an empty string, else why it
    // cannot be made (ffmpeg missing), for the caller to skip on.
    QString makeRecording(const QString &name, int channels)
    {
        QStandardPaths::setTestModeEnabled(true);
        recording = dir.filePath(name);
        return coach::test::makeTone(recording, {QStringLiteral("-c:a"), QStringLiteral("pcm_s16le")}, 20.0,
                                     channels, 8000);
    }

    // The recording as an import would describe it; a stereo call has the agent on the left.
    [[nodiscard]] coach::Call toneCall(int channels) const
    {
        coach::Call c;
        c.recordingPath = recording;
        c.audio.durationMs = 20'000;
        c.audio.channels = channels;
        c.audio.sampleRate = 8000;
        if (channels == 2)
            c.agentChannel = coach::AgentChannel::Left;
        c.audio.codec = QStringLiteral("pcm_s16le");
        c.audio.codecName = QStringLiteral("PCM signed 16-bit little-endian");
        c.audio.container = QStringLiteral("wav");
        return c;
    }

    // A new library in `dir`, named `stem` and a number, holding `c`, whose id
    // goes to `call`; an empty string on success, else what failed.
    QString openLibrary(const QString &stem, coach::Call c)
    {
        const QString fileName = QStringLiteral("%1-%2.coachdb").arg(stem).arg(++libraries);
        auto opened = coach::Database::open(dir.filePath(fileName));
        if (!opened)
            return opened.error().message();
        db = std::move(*opened);
        c.fingerprint = QStringLiteral("fp-") + fileName;
        const auto id = coach::CallRepository(*db).insert(c);
        if (!id)
            return id.error().message();
        call = *id;
        return {};
    }

    // A new ReviewPage at a desktop size, shown; the test waits for what it needs (exposed or active).
    void showPage()
    {
        page = std::make_unique<ReviewPage>();
        page->resize(1200, 800);
        page->show();
    }

    void reset()
    {
        page.reset();
        db.reset();
    }
};
