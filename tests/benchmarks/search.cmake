# SPDX-License-Identifier: GPL-3.0-or-later
# The transcript-search benchmark executable (bench-search.sh runs it). Like every
# benchmark here it is built, never registered with ctest. Include this file from
# tests/benchmarks/CMakeLists.txt (or any scope where the libcoach target exists).
if(TARGET libcoach AND NOT TARGET bench-search)
    add_executable(bench-search ${CMAKE_CURRENT_LIST_DIR}/bench_search.cpp)
    target_link_libraries(bench-search PRIVATE libcoach)
endif()
