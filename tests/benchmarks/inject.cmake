# SPDX-License-Identifier: GPL-3.0-or-later
# For a benchmark build dir while the top-level CMakeLists.txt does not reach tests/:
#   cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release \
#         -DCMAKE_PROJECT_Coachbench_INCLUDE=$PWD/tests/benchmarks/inject.cmake
# defines the benchmark targets after the whole tree is configured (so `coachbench-gui`
# exists). Does nothing for targets the tree itself already defined.
include(${CMAKE_CURRENT_LIST_DIR}/targets.cmake)
cmake_language(DEFER DIRECTORY ${CMAKE_SOURCE_DIR} CALL coach_benchmark_targets)
