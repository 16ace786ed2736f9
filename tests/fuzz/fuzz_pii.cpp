// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: build with clang (-fsanitize=fuzzer,address,undefined), run as
//   fuzz-pii -max_total_time=120 CORPUS_DIR tests/fuzz/seeds/pii
#include "PiiChecks.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString problem = coach::fuzz::checkPii(bytes);
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "insane result: %s\n", qPrintable(problem));
        std::abort();
    }
    return 0;
}
