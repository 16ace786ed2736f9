# The PII detector's evaluation on Presidio's labelled sets (not a timed benchmark; see README.md).
if(NOT TARGET pii-eval)
    add_executable(pii-eval ${CMAKE_CURRENT_LIST_DIR}/pii-eval.cpp
        ${CMAKE_CURRENT_LIST_DIR}/pii-eval-corpus.h ${CMAKE_CURRENT_LIST_DIR}/pii-eval-corpus.cpp)
    target_link_libraries(pii-eval PRIVATE libcoach)
    target_include_directories(pii-eval PRIVATE ${CMAKE_CURRENT_LIST_DIR})
    target_compile_definitions(pii-eval PRIVATE COACH_SHARED_CORPUS="${COACH_SHARED_CORPUS}")
endif()
