// See path_rel.h.
#include "sandbox/path_rel.h"

#include <limits.h>

namespace capy::sandbox {

RelPathProblem check_rel_path(std::string_view rel) {
  if (rel.find('\0') != std::string_view::npos) return RelPathProblem::Nul;
  if (!rel.empty() && rel.front() == '/') return RelPathProblem::Absolute;
  // PATH_MAX counts the terminating NUL, as the kernel does.
  if (rel.size() >= PATH_MAX) return RelPathProblem::TooLong;
  return RelPathProblem::None;
}

std::vector<std::string> split_rel_path(std::string_view rel) {
  std::vector<std::string> parts;
  size_t i = 0;
  while (i <= rel.size()) {
    size_t j = rel.find('/', i);
    if (j == std::string_view::npos) j = rel.size();
    std::string_view part = rel.substr(i, j - i);
    if (!part.empty() && part != ".") parts.emplace_back(part);
    i = j + 1;
  }
  return parts;
}

std::string join_rel_path(const std::vector<std::string>& parts, size_t begin, size_t end) {
  std::string out;
  for (size_t i = begin; i < end && i < parts.size(); ++i) {
    if (!out.empty()) out += '/';
    out += parts[i];
  }
  return out;
}

std::string display_path(std::string_view grant_name, std::string_view rel) {
  std::string out(grant_name);
  out += ':';
  if (!rel.empty() && rel.front() == '/') out += '/';
  std::vector<std::string> parts = split_rel_path(rel);
  std::string joined = join_rel_path(parts, 0, parts.size());
  for (char c : joined) {
    if (c == '\0') {
      out += "\\x00";
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace capy::sandbox
