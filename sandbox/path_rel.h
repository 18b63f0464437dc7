// Relative paths inside a grant: validation, normalization, display.
//
// Scripts name files by a path relative to the root of a grant, written with
// '/' ("sub/a.txt"; "" or "." is the root). Before any system call the path
// is checked (not absolute, no NUL byte, shorter than PATH_MAX) and split into
// components with "" and "." dropped. ".." is KEPT: whether "link/.." stays
// inside depends on what "link" is, so only the kernel (openat2 with
// RESOLVE_BENEATH) may decide; a lexical ".." rule here would be both wrong
// for symlinks and a second, weaker line of defence to keep in sync.
//
// The same normalized form is what error messages show, prefixed by the
// grant name: "data:sub/x", and "data:" for the root.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace capy::sandbox {

enum class RelPathProblem {
  None,
  Absolute,  // starts with '/'
  Nul,       // contains a NUL byte (the kernel would silently cut the path there)
  TooLong,   // PATH_MAX bytes or more
};

RelPathProblem check_rel_path(std::string_view rel);

// Components of rel without "" and "."; ".." kept. Call after check_rel_path.
std::vector<std::string> split_rel_path(std::string_view rel);

// parts[begin, end) joined with '/'; "" when empty.
std::string join_rel_path(const std::vector<std::string>& parts, size_t begin, size_t end);

// "name:normalized" for messages. Works on invalid paths too: an absolute path
// keeps its leading '/', a NUL byte is shown as "\x00".
std::string display_path(std::string_view grant_name, std::string_view rel);

}  // namespace capy::sandbox
