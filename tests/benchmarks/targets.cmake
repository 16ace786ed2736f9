# SPDX-License-Identifier: GPL-3.0-or-later
# The benchmark executables; shared by CMakeLists.txt and inject.cmake.
function(coach_benchmark_targets)
    set(dir ${CMAKE_CURRENT_FUNCTION_LIST_DIR})
    # The GUI start-up benchmark needs the GUI's library; it is built when that exists.
    if(TARGET coachbench-gui AND NOT TARGET bench-startup)
        add_executable(bench-startup ${dir}/BenchStartup.cpp)
        target_link_libraries(bench-startup PRIVATE coachbench-gui)
    endif()
    # The transcript-search benchmark (bench-search.sh) keeps its target in search.cmake.
    if(EXISTS ${dir}/search.cmake)
        include(${dir}/search.cmake)
    endif()
endfunction()
