// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/MediaModule.h"

#include "core/Logging.h"
#include "media/MediaBackend.h"

#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QLoggingCategory>

#include <atomic>

#include <dlfcn.h>

using namespace Qt::Literals::StringLiterals;

namespace coach {

namespace {

using EntryPoint = const MediaBackend *(*)(int);

std::atomic<bool> g_loaded { false };

// libcoach's own file: the module is built and installed beside it.
QString coreLibraryDirectory()
{
    Dl_info info {};
    if (dladdr(reinterpret_cast<const void *>(&coreLibraryDirectory), &info) == 0 || !info.dli_fname)
        return {};
    return QFileInfo(QString::fromLocal8Bit(info.dli_fname)).absolutePath();
}

Result<const MediaBackend *> load()
{
    QStringList failures;
    for (const QString &path : MediaModule::candidatePaths()) {
        const QString shown = QDir::toNativeSeparators(path);
        if (!QFileInfo::exists(path)) {
            failures.append(MediaModule::tr("%1 does not exist").arg(shown));
            continue;
        }
        // Never unloaded: players and analyses made by it may live until exit.
        auto *library = new QLibrary(path);
        if (!library->load()) {
            failures.append(library->errorString());
            delete library;
            continue;
        }
        const auto entry = reinterpret_cast<EntryPoint>(library->resolve(MediaBackend::kEntryPoint));
        const MediaBackend *backend = entry ? entry(MediaBackend::kInterfaceVersion) : nullptr;
        if (!backend) {
            failures.append(MediaModule::tr("%1 is not a Coachbench media module of interface version %2")
                                .arg(shown)
                                .arg(MediaBackend::kInterfaceVersion));
            library->unload();
            delete library;
            continue;
        }
        qCDebug(lcMedia).noquote() << "media module loaded from" << shown;
        g_loaded = true;
        return backend;
    }
    return fail(ErrorCode::NotFound,
                MediaModule::tr("Coachbench cannot decode or play audio: its media module cannot be loaded (%1). "
                                "Reinstall Coachbench, or set COACH_MEDIA_MODULE to the module's path.")
                    .arg(failures.join(u"; "_s)));
}

} // namespace

QStringList MediaModule::candidatePaths()
{
    const QString name = QStringLiteral(COACH_MEDIA_MODULE_FILE);
    if (const QString forced = qEnvironmentVariable("COACH_MEDIA_MODULE"); !forced.isEmpty())
        return { forced };
    QStringList paths;
    if (const QString core = coreLibraryDirectory(); !core.isEmpty())
        paths.append(core + u'/' + name);
    if (QCoreApplication::instance()) {
        const QString beside = QCoreApplication::applicationDirPath() + u'/' + name;
        if (!paths.contains(beside))
            paths.append(beside);
    }
    return paths;
}

Result<const MediaBackend *> MediaModule::backend()
{
    // A failure is kept too: every file of an import would otherwise retry it.
    static const Result<const MediaBackend *> loaded = load();
    return loaded;
}

bool MediaModule::isLoaded()
{
    return g_loaded;
}

} // namespace coach
