// errno -> FsErrc, and the fixed messages of the library's own refusals.
//
// Messages for kernel errors come from strerror_r, i.e. the same text CPython
// puts in an OSError ("No such file or directory"). The mapping is the one
// CPython uses to pick an OSError subclass, narrowed to what a file API can
// see. EXDEV and ELOOP are NOT mapped here: whether they mean "escape" depends
// on which call produced them, so fs_resolve.cpp decides.
#include "sandbox/fs_error.h"

#include <errno.h>
#include <string.h>

namespace capy::sandbox {

namespace {

FsErrc code_of_errno(int err) {
  switch (err) {
    case ENOENT:
      return FsErrc::NotFound;
    case EEXIST:
      return FsErrc::Exists;
    case EISDIR:
      return FsErrc::IsADirectory;
    case ENOTDIR:
      return FsErrc::NotADirectory;
    case ENOTEMPTY:
      return FsErrc::NotEmpty;
    case EACCES:
    case EPERM:
      return FsErrc::Permission;
    case ENAMETOOLONG:
      return FsErrc::NameTooLong;
    case EMFILE:
    case ENFILE:
      return FsErrc::TooManyOpenFiles;
    default:
      return FsErrc::Other;
  }
}

std::string errno_text(int err) {
  char buf[128];
  // GNU strerror_r returns a pointer that may or may not be buf.
  const char* text = strerror_r(err, buf, sizeof buf);
  return text ? std::string(text) : std::string("Unknown error");
}

const char* fixed_message(FsErrc code) {
  switch (code) {
    case FsErrc::Escape:
      return "path escapes its grant";
    case FsErrc::ReadOnly:
      return "grant is read-only";
    case FsErrc::InvalidPath:
      return "invalid path";
    case FsErrc::CrossGrant:
      return "cannot rename across grants";
    case FsErrc::TooManyOpenFiles:
      return "Too many open files";
    case FsErrc::Closed:
      return "I/O operation on closed file";
    case FsErrc::Unsupported:
      return "unsupported operation";
    case FsErrc::NameTooLong:
      return "File name too long";
    case FsErrc::Permission:
      return "Permission denied";
    case FsErrc::NotFound:
      return "No such file or directory";
    case FsErrc::Exists:
      return "File exists";
    case FsErrc::IsADirectory:
      return "Is a directory";
    case FsErrc::NotADirectory:
      return "Not a directory";
    case FsErrc::NotEmpty:
      return "Directory not empty";
    case FsErrc::Other:
      return "error";
  }
  return "error";
}

}  // namespace

const char* fs_errc_name(FsErrc code) {
  switch (code) {
    case FsErrc::NotFound:
      return "NotFound";
    case FsErrc::Exists:
      return "Exists";
    case FsErrc::IsADirectory:
      return "IsADirectory";
    case FsErrc::NotADirectory:
      return "NotADirectory";
    case FsErrc::NotEmpty:
      return "NotEmpty";
    case FsErrc::Permission:
      return "Permission";
    case FsErrc::Escape:
      return "Escape";
    case FsErrc::ReadOnly:
      return "ReadOnly";
    case FsErrc::InvalidPath:
      return "InvalidPath";
    case FsErrc::NameTooLong:
      return "NameTooLong";
    case FsErrc::TooManyOpenFiles:
      return "TooManyOpenFiles";
    case FsErrc::CrossGrant:
      return "CrossGrant";
    case FsErrc::Other:
      return "Other";
    case FsErrc::Closed:
      return "Closed";
    case FsErrc::Unsupported:
      return "Unsupported";
  }
  return "Other";
}

FsError fs_error_from_errno(int err, std::string path) {
  FsError e;
  e.code = code_of_errno(err);
  e.err = err;
  e.path = std::move(path);
  e.message = errno_text(err);
  return e;
}

FsError fs_error(FsErrc code, std::string path) {
  return fs_error(code, std::move(path), fixed_message(code));
}

FsError fs_error(FsErrc code, std::string path, std::string message) {
  FsError e;
  e.code = code;
  e.path = std::move(path);
  e.message = std::move(message);
  // A budget refusal reads like the kernel's EMFILE, so scripts see one error.
  if (code == FsErrc::TooManyOpenFiles) e.err = EMFILE;
  return e;
}

std::string FsError::describe() const {
  std::string out;
  if (err != 0) out = "[Errno " + std::to_string(err) + "] ";
  out += message;
  if (!path.empty()) {
    out += ": '" + path + "'";
    if (!path2.empty()) out += " -> '" + path2 + "'";
  }
  return out;
}

}  // namespace capy::sandbox
