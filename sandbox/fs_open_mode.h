// How a file is opened: Python's mode letters as a value.
//
// r (read), w (write, create, truncate), a (append, create), x (create, fail
// if it exists), each optionally with '+' (read and write) and 'b' or 't'.
// The capability layer is byte-oriented; `binary` is only carried for the
// fs module, which decodes text. parse() is as strict as CPython's open():
// exactly one of r/w/a/x, at most one '+', not both 'b' and 't', no repeats.
#pragma once

#include <optional>
#include <string_view>

namespace capy::sandbox {

enum class OpenKind { Read, Write, Append, CreateExclusive };

struct OpenMode {
  OpenKind kind = OpenKind::Read;
  bool plus = false;    // '+': open for reading and writing
  bool binary = false;  // 'b'

  // Whether the descriptor is opened for reading / writing.
  bool reads() const { return kind == OpenKind::Read || plus; }
  bool writes() const { return kind != OpenKind::Read || plus; }

  static std::optional<OpenMode> parse(std::string_view mode) {
    OpenMode m;
    int kinds = 0;
    bool seen_plus = false, seen_b = false, seen_t = false;
    for (char c : mode) {
      switch (c) {
        case 'r':
          m.kind = OpenKind::Read;
          ++kinds;
          break;
        case 'w':
          m.kind = OpenKind::Write;
          ++kinds;
          break;
        case 'a':
          m.kind = OpenKind::Append;
          ++kinds;
          break;
        case 'x':
          m.kind = OpenKind::CreateExclusive;
          ++kinds;
          break;
        case '+':
          if (seen_plus) return std::nullopt;
          seen_plus = true;
          break;
        case 'b':
          if (seen_b) return std::nullopt;
          seen_b = true;
          break;
        case 't':
          if (seen_t) return std::nullopt;
          seen_t = true;
          break;
        default:
          return std::nullopt;
      }
    }
    if (kinds != 1 || (seen_b && seen_t)) return std::nullopt;
    m.plus = seen_plus;
    m.binary = seen_b;
    return m;
  }
};

}  // namespace capy::sandbox
