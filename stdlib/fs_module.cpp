// The `_fs` module: capability handles under the script-visible `fs` module.
//
// stdlib/py/fs.py gives scripts pathlib's shape; everything that carries
// authority is here. A path handle holds (grant, relative path) and a file
// handle holds an open sandbox::File; both are HandleObj (vm/handle.h), so a
// script can hold and pass them but never see inside, and every function
// checks the handle's kind and ops table before trusting it. All file access
// goes through sandbox::Grant, which resolves paths with
// openat2(RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS); nothing here builds a
// host path or exposes a descriptor.
//
// Errors become CPython's OSError subclasses carrying (errno, strerror,
// display path), so `str(e)` reads "[Errno 2] No such file or directory:
// 'data:x'". The library's own refusals (escape, read-only, absolute path)
// are PermissionError with a sentence that says why.
#include <cerrno>
#include <cstdio>
#include <memory>
#include <string>

#include "sandbox/path_rel.h"
#include "stdlib/fs_host.h"
#include "stdlib/stdlib_modules.h"
#include "vm/bytes.h"
#include "vm/handle.h"
#include "vm/native.h"
#include "vm/numeric.h"
#include "vm/unicode.h"

namespace capy {

namespace {

using sandbox::FsErrc;
using sandbox::FsError;
using sandbox::Grant;

struct PathState {
  std::shared_ptr<Grant> grant;
  std::string rel;  // normalized: components joined by '/', "" for the root
};

// Text files keep decoded-ahead bytes in `pending` so that readline() and
// read(n) can stop inside a block the kernel returned.
struct FileState {
  std::unique_ptr<sandbox::File> file;
  bool text = false;
  std::string pending;
};

const HandleOps kPathOps = {"fs path", [](void* s) { delete static_cast<PathState*>(s); }};
const HandleOps kFileOps = {"fs file", [](void* s) { delete static_cast<FileState*>(s); }};

FsHost* host(VM& vm) { return static_cast<FsHost*>(vm.fs_host.get()); }

// ---- errors ----------------------------------------------------------------

Value raise_os(VM& vm, TypeObj* type, int err, std::string_view message, std::string_view path,
               std::string_view path2 = {}) {
  Value msg = vm.str(message);
  Root keep_msg(vm.heap, msg);
  Value p = vm.str(path);
  Root keep_p(vm.heap, p);
  Value args;
  if (path2.empty()) {
    args = vm.tuple_of({vm.new_int(err), msg, p});
  } else {
    Value p2 = vm.str(path2);
    Root keep_p2(vm.heap, p2);
    args = vm.tuple_of({vm.new_int(err), msg, p, Value::none(), p2});
  }
  return vm.raise_with_args(type, args);
}

Value raise_fs(VM& vm, const FsError& e) {
  const Types& t = vm.types;
  switch (e.code) {
    case FsErrc::NotFound: return raise_os(vm, t.FileNotFoundError, ENOENT, e.message, e.path);
    case FsErrc::Exists: return raise_os(vm, t.FileExistsError, EEXIST, e.message, e.path, e.path2);
    case FsErrc::IsADirectory: return raise_os(vm, t.IsADirectoryError, EISDIR, e.message, e.path);
    case FsErrc::NotADirectory:
      return raise_os(vm, t.NotADirectoryError, ENOTDIR, e.message, e.path);
    case FsErrc::Permission:
    case FsErrc::Escape:
    case FsErrc::ReadOnly:
    case FsErrc::InvalidPath:
    case FsErrc::CrossGrant:
      return raise_os(vm, t.PermissionError, e.err ? e.err : EACCES, e.message, e.path, e.path2);
    case FsErrc::Closed: return vm.raise(t.ValueError, "I/O operation on closed file.");
    case FsErrc::Unsupported: {
      Value fs = dict_get_str(vm.modules, vm.intern("fs"));
      Value cls = is_kind(fs, ObjKind::Module)
                      ? dict_get_str(static_cast<ModuleObj*>(fs.as_obj())->dict,
                                     vm.intern("UnsupportedOperation"))
                      : Value::unbound();
      TypeObj* type = is_type(cls) ? as_type(cls) : t.OSError;
      return vm.raise(type, "%s", e.message.c_str());
    }
    case FsErrc::NameTooLong:
    case FsErrc::TooManyOpenFiles:
    case FsErrc::NotEmpty:
    case FsErrc::Other:
      return raise_os(vm, t.OSError, e.err, e.message, e.path, e.path2);
  }
  return raise_os(vm, t.OSError, e.err, e.message, e.path);
}

// ---- handles ---------------------------------------------------------------

TypeObj* handle_type(VM& vm, const char* name) {
  // One hidden type per handle kind, kept in the `_fs` module's dict under a
  // name a script can see but not use to construct anything (no __new__).
  Value mod = dict_get_str(vm.modules, vm.intern("_fs"));
  if (is_kind(mod, ObjKind::Module)) {
    Value t = dict_get_str(static_cast<ModuleObj*>(mod.as_obj())->dict, vm.intern(name));
    if (is_type(t)) return as_type(t);
  }
  return nullptr;
}

Value wrap(VM& vm, const char* type_name, const HandleOps* ops, void* state) {
  TypeObj* type = handle_type(vm, type_name);
  if (!type) {
    ops->finalize(state);
    return vm.raise(vm.types.RuntimeError, "fs module is not initialized");
  }
  HandleObj* h;
  try {
    h = vm.alloc<HandleObj>(ObjKind::Handle, type);
  } catch (...) {
    ops->finalize(state);  // the heap limit: do not leak the host state
    throw;
  }
  h->ops = ops;
  h->state = state;
  return Value::from_obj(h);
}

Value wrap_path(VM& vm, std::shared_ptr<Grant> grant, std::string rel) {
  return wrap(vm, "PathHandle", &kPathOps, new PathState{std::move(grant), std::move(rel)});
}

PathState* path_arg(VM& vm, Value v) {
  HandleObj* h = as_handle(v, &kPathOps);
  if (!h) {
    vm.raise(vm.types.TypeError, "expected an fs path handle, not %s", std::string(vm.type_name(v)).c_str());
    return nullptr;
  }
  return static_cast<PathState*>(h->state);
}

FileState* file_arg(VM& vm, Value v) {
  HandleObj* h = as_handle(v, &kFileOps);
  if (!h) {
    vm.raise(vm.types.TypeError, "expected an fs file handle, not %s", std::string(vm.type_name(v)).c_str());
    return nullptr;
  }
  return static_cast<FileState*>(h->state);
}

#define PATH_ARG(var, v)              \
  PathState* var = path_arg(vm, (v)); \
  if (!var) return Value::error()
#define FILE_ARG(var, v)              \
  FileState* var = file_arg(vm, (v)); \
  if (!var) return Value::error()

bool str_arg(VM& vm, Value v, const char* what, std::string_view* out) {
  if (!is_str(v)) {
    vm.raise(vm.types.TypeError, "%s must be str, not %s", what, std::string(vm.type_name(v)).c_str());
    return false;
  }
  *out = as_str(v)->view();
  return true;
}

// File contents as a str: CPython's strict UTF-8 decoder and its messages.
Value text_value(VM& vm, std::string_view data) {
  if (utf8_validate(data)) return vm.str(data);
  return bytes_decode(vm, data, "utf-8", "strict");
}

// ---- grants and pure path operations ----------------------------------------

Value fs_roots(VM& vm, CallArgs) {
  ListObj* out = vm.new_list();
  Root keep(vm.heap, Value::from_obj(out));
  if (FsHost* h = host(vm)) {
    for (auto& g : h->grants) {
      Value name = vm.str(g->name());
      list_append(vm, out, name);
    }
  }
  return Value::from_obj(out);
}

Value fs_root(VM& vm, CallArgs a) {
  std::string_view name;
  if (!str_arg(vm, a.argv[0], "grant name", &name)) return Value::error();
  if (FsHost* h = host(vm)) {
    for (auto& g : h->grants) {
      if (g->name() == name) return wrap_path(vm, g, "");
    }
  }
  return vm.raise(vm.types.PermissionError, "no directory is granted under the name '%.*s'",
                  int(name.size()), name.data());
}

Value fs_display(VM& vm, CallArgs a) {
  PATH_ARG(p, a.argv[0]);
  return vm.str(p->grant->display(p->rel));
}

Value fs_grant_name(VM& vm, CallArgs a) {
  PATH_ARG(p, a.argv[0]);
  return vm.str(p->grant->name());
}

Value fs_relative(VM& vm, CallArgs a) {
  PATH_ARG(p, a.argv[0]);
  return vm.str(p->rel);
}

Value fs_writable(VM& vm, CallArgs a) {
  PATH_ARG(p, a.argv[0]);
  return Value::boolean(p->grant->writable());
}

Value fs_join(VM& vm, CallArgs a) {
  PATH_ARG(p, a.argv[0]);
  std::string_view part;
  if (!str_arg(vm, a.argv[1], "path component", &part)) return Value::error();
  std::string joined = p->rel.empty() ? std::string(part) : p->rel + "/" + std::string(part);
  switch (sandbox::check_rel_path(part)) {
    case sandbox::RelPathProblem::Absolute:
      return raise_os(vm, vm.types.PermissionError, EACCES, "absolute paths are not allowed", part);
    case sandbox::RelPathProblem::Nul:
      return raise_os(vm, vm.types.PermissionError, EACCES, "embedded null byte",
                      p->grant->display(joined));
    default: break;
  }
  std::vector<std::string> parts = sandbox::split_rel_path(joined);
  return wrap_path(vm, p->grant, sandbox::join_rel_path(parts, 0, parts.size()));
}

Value fs_parent(VM& vm, CallArgs a) {
  PATH_ARG(p, a.argv[0]);
  std::vector<std::string> parts = sandbox::split_rel_path(p->rel);
  size_t n = parts.empty() ? 0 : parts.size() - 1;
  return wrap_path(vm, p->grant, sandbox::join_rel_path(parts, 0, n));
}

Value fs_readonly(VM& vm, CallArgs a) {
  PATH_ARG(p, a.argv[0]);
  return wrap_path(vm, p->grant->writable() ? p->grant->readonly() : p->grant, p->rel);
}

// ---- queries and whole-file I/O ----------------------------------------------

// 0 missing, 1 regular file, 2 directory, 3 something else.
Value fs_kind(VM& vm, CallArgs a) {
  PATH_ARG(p, a.argv[0]);
  auto exists = p->grant->exists(p->rel);
  if (!exists.ok()) return raise_fs(vm, exists.error);
  if (!*exists) return Value::from_small_int(0);
  auto st = p->grant->stat(p->rel);
  if (!st.ok()) return raise_fs(vm, st.error);
  return Value::from_small_int(st->is_file ? 1 : st->is_dir ? 2 : 3);
}

Value fs_is_symlink(VM& vm, CallArgs a) {
  PATH_ARG(p, a.argv[0]);
  auto r = p->grant->is_symlink(p->rel);
  if (!r.ok()) {
    if (r.error.code == FsErrc::NotFound || r.error.code == FsErrc::NotADirectory) return Value::boolean(false);
    return raise_fs(vm, r.error);
  }
  return Value::boolean(*r);
}

Value fs_stat(VM& vm, CallArgs a) {
  PATH_ARG(p, a.argv[0]);
  auto st = p->grant->stat(p->rel);
  if (!st.ok()) return raise_fs(vm, st.error);
  return vm.tuple_of({vm.new_int(st->size), Value::from_double(st->mtime), vm.new_int(st->mode)});
}

Value fs_read_all(VM& vm, CallArgs a) {
  PATH_ARG(p, a.argv[0]);
  bool text = a.argv[1].is_true();
  sandbox::OpenMode mode;
  auto file = p->grant->open_file(p->rel, mode);
  if (!file.ok()) return raise_fs(vm, file.error);
  auto data = (*file)->read(-1);
  if (!data.ok()) return raise_fs(vm, data.error);
  vm.heap.charge(data->size());  // the bytes were read: count them before copying
  vm.heap.discharge(data->size());
  return text ? text_value(vm, *data) : new_bytes(vm, *data);
}

bool bytes_of(VM& vm, Value v, std::string_view* out) {
  if (is_str(v)) {
    *out = as_str(v)->view();
    return true;
  }
  if (is_byteslike(v)) {
    *out = bytes_view(v);
    return true;
  }
  vm.raise(vm.types.TypeError, "a bytes-like object is required, not '%s'", std::string(vm.type_name(v)).c_str());
  return false;
}

Value fs_write_atomic(VM& vm, CallArgs a) {
  PATH_ARG(p, a.argv[0]);
  std::string_view data;
  if (!bytes_of(vm, a.argv[1], &data)) return Value::error();
  auto st = p->grant->write_atomic(p->rel, data);
  if (!st.ok()) return raise_fs(vm, st.error);
  return vm.new_int(int64_t(data.size()));
}

Value fs_listdir(VM& vm, CallArgs a) {
  PATH_ARG(p, a.argv[0]);
  auto names = p->grant->list_dir(p->rel);
  if (!names.ok()) return raise_fs(vm, names.error);
  ListObj* out = vm.new_list();
  Root keep(vm.heap, Value::from_obj(out));
  for (const std::string& n : *names) {
    if (!utf8_validate(n)) continue;  // a host file name a str cannot hold
    Value s = vm.str(n);
    list_append(vm, out, s);
  }
  return Value::from_obj(out);
}

Value status_result(VM& vm, const sandbox::FsStatus& st) {
  if (!st.ok()) return raise_fs(vm, st.error);
  return Value::none();
}

Value fs_mkdir(VM& vm, CallArgs a) {
  PATH_ARG(p, a.argv[0]);
  return status_result(vm, p->grant->mkdir(p->rel, a.argv[1].is_true(), a.argv[2].is_true()));
}

Value fs_unlink(VM& vm, CallArgs a) {
  PATH_ARG(p, a.argv[0]);
  return status_result(vm, p->grant->unlink(p->rel, a.argv[1].is_true()));
}

Value fs_rmdir(VM& vm, CallArgs a) {
  PATH_ARG(p, a.argv[0]);
  return status_result(vm, p->grant->rmdir(p->rel));
}

Value fs_rename(VM& vm, CallArgs a) {
  PATH_ARG(from, a.argv[0]);
  PATH_ARG(to, a.argv[1]);
  return status_result(vm, sandbox::rename(*from->grant, from->rel, *to->grant, to->rel));
}

// ---- open files ----------------------------------------------------------------

Value fs_open(VM& vm, CallArgs a) {
  PATH_ARG(p, a.argv[0]);
  std::string_view mode_text;
  if (!str_arg(vm, a.argv[1], "mode", &mode_text)) return Value::error();
  auto mode = sandbox::OpenMode::parse(mode_text);
  if (!mode) {
    return vm.raise(vm.types.ValueError, "invalid mode: '%.*s'", int(mode_text.size()), mode_text.data());
  }
  auto file = p->grant->open_file(p->rel, *mode);
  if (!file.ok()) return raise_fs(vm, file.error);
  auto* state = new FileState{std::move(*file), !mode->binary, {}};
  return wrap(vm, "FileHandle", &kFileOps, state);
}

// Bytes already read past what the script asked for go back to the kernel's
// position before any write or seek, so tell() and writes stay where the
// script thinks they are.
bool unread(VM& vm, FileState* f) {
  if (f->pending.empty()) return true;
  auto r = f->file->seek(-int64_t(f->pending.size()), SEEK_CUR);
  f->pending.clear();
  if (!r.ok()) {
    raise_fs(vm, r.error);
    return false;
  }
  return true;
}

constexpr int64_t kChunk = 64 * 1024;

// Reads one more chunk into pending; false at end of file or error.
bool fill(VM& vm, FileState* f, bool* eof) {
  auto r = f->file->read(kChunk);
  if (!r.ok()) {
    raise_fs(vm, r.error);
    return false;
  }
  *eof = r->empty();
  f->pending += *r;
  return true;
}

// How many bytes of `s` make up its first `chars` code points (or all).
size_t utf8_prefix(std::string_view s, int64_t chars) {
  size_t i = 0;
  while (i < s.size() && chars > 0) {
    i++;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) i++;
    chars--;
  }
  return i;
}

int64_t utf8_count(std::string_view s) {
  int64_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

Value take(VM& vm, FileState* f, size_t n) {
  std::string out = f->pending.substr(0, n);
  f->pending.erase(0, n);
  return f->text ? text_value(vm, out) : new_bytes(vm, out);
}

Value fs_fread(VM& vm, CallArgs a) {
  FILE_ARG(f, a.argv[0]);
  int64_t size;
  if (!int_value(vm, a.argv[1], size)) return Value::error();
  if (!f->file->readable() && !f->file->closed()) {
    return raise_fs(vm, sandbox::fs_error(FsErrc::Unsupported, "", "not readable"));
  }
  bool eof = false;
  if (size < 0) {
    while (!eof) {
      if (!fill(vm, f, &eof)) return Value::error();
    }
    return take(vm, f, f->pending.size());
  }
  // Text: size counts code points, so keep reading until that many are whole.
  while (!eof && (f->text ? utf8_count(f->pending) <= size : int64_t(f->pending.size()) < size)) {
    if (!fill(vm, f, &eof)) return Value::error();
  }
  size_t n = f->text ? utf8_prefix(f->pending, size) : std::min<size_t>(size, f->pending.size());
  return take(vm, f, n);
}

Value fs_freadline(VM& vm, CallArgs a) {
  FILE_ARG(f, a.argv[0]);
  int64_t limit;
  if (!int_value(vm, a.argv[1], limit)) return Value::error();
  if (!f->file->readable() && !f->file->closed()) {
    return raise_fs(vm, sandbox::fs_error(FsErrc::Unsupported, "", "not readable"));
  }
  bool eof = false;
  size_t nl;
  while ((nl = f->pending.find('\n')) == std::string::npos && !eof) {
    if (limit >= 0 && int64_t(f->text ? utf8_count(f->pending) : f->pending.size()) >= limit) break;
    if (!fill(vm, f, &eof)) return Value::error();
  }
  size_t n = nl == std::string::npos ? f->pending.size() : nl + 1;
  if (limit >= 0) {
    size_t cap = f->text ? utf8_prefix(f->pending, limit) : size_t(limit);
    n = std::min(n, cap);
  }
  return take(vm, f, n);
}

Value fs_fwrite(VM& vm, CallArgs a) {
  FILE_ARG(f, a.argv[0]);
  Value data = a.argv[1];
  if (f->text && !is_str(data)) {
    return vm.raise(vm.types.TypeError, "write() argument must be str, not %s",
                    std::string(vm.type_name(data)).c_str());
  }
  if (!f->text && !is_byteslike(data)) {
    return vm.raise(vm.types.TypeError, "a bytes-like object is required, not '%s'",
                    std::string(vm.type_name(data)).c_str());
  }
  std::string_view bytes;
  if (!bytes_of(vm, data, &bytes)) return Value::error();
  if (!unread(vm, f)) return Value::error();
  auto r = f->file->write(bytes);
  if (!r.ok()) return raise_fs(vm, r.error);
  return vm.new_int(f->text ? as_str(data)->length() : int64_t(bytes.size()));
}

Value fs_fseek(VM& vm, CallArgs a) {
  FILE_ARG(f, a.argv[0]);
  int64_t offset, whence;
  if (!int_value(vm, a.argv[1], offset) || !int_value(vm, a.argv[2], whence)) return Value::error();
  if (whence < 0 || whence > 2) return vm.raise(vm.types.ValueError, "invalid whence (%lld, should be 0, 1 or 2)", (long long)whence);
  if (f->text && whence != 0 && offset != 0) {
    return raise_fs(vm, sandbox::fs_error(FsErrc::Unsupported, "", "can't do nonzero cur-relative seeks"));
  }
  if (!unread(vm, f)) return Value::error();
  auto r = f->file->seek(offset, int(whence));
  if (!r.ok()) return raise_fs(vm, r.error);
  return vm.new_int(*r);
}

Value fs_ftell(VM& vm, CallArgs a) {
  FILE_ARG(f, a.argv[0]);
  auto r = f->file->tell();
  if (!r.ok()) return raise_fs(vm, r.error);
  return vm.new_int(*r - int64_t(f->pending.size()));
}

Value fs_fclose(VM& vm, CallArgs a) {
  FILE_ARG(f, a.argv[0]);
  f->pending.clear();
  auto r = f->file->close();
  if (!r.ok()) return raise_fs(vm, r.error);
  return Value::none();
}

Value fs_fclosed(VM& vm, CallArgs a) {
  FILE_ARG(f, a.argv[0]);
  return Value::boolean(f->file->closed());
}

Value fs_fcheck(VM& vm, CallArgs a) {
  FILE_ARG(f, a.argv[0]);
  if (f->file->closed()) return vm.raise(vm.types.ValueError, "I/O operation on closed file.");
  return Value::none();
}

Value fs_freadable(VM& vm, CallArgs a) {
  FILE_ARG(f, a.argv[0]);
  if (f->file->closed()) return vm.raise(vm.types.ValueError, "I/O operation on closed file.");
  return Value::boolean(f->file->readable());
}

Value fs_fwritable(VM& vm, CallArgs a) {
  FILE_ARG(f, a.argv[0]);
  if (f->file->closed()) return vm.raise(vm.types.ValueError, "I/O operation on closed file.");
  return Value::boolean(f->file->writable());
}

Value handle_new(VM& vm, CallArgs a) {
  std::string name = is_type(a.argv[0]) ? std::string(as_type(a.argv[0])->name->view()) : "handle";
  return vm.raise(vm.types.TypeError, "cannot create '_fs.%s' instances", name.c_str());
}

const NativeDef kHandleMethods[] = {{"__new__", handle_new, 1, -1, true}};

const NativeDef kFunctions[] = {
    {"roots", fs_roots, 0, 0},           {"root", fs_root, 1, 1},
    {"display", fs_display, 1, 1},       {"grant_name", fs_grant_name, 1, 1},
    {"relative", fs_relative, 1, 1},     {"writable", fs_writable, 1, 1},
    {"join", fs_join, 2, 2},             {"parent", fs_parent, 1, 1},
    {"readonly", fs_readonly, 1, 1},     {"kind", fs_kind, 1, 1},
    {"stat", fs_stat, 1, 1},             {"is_symlink", fs_is_symlink, 1, 1},             {"read_all", fs_read_all, 2, 2},
    {"write_atomic", fs_write_atomic, 2, 2}, {"listdir", fs_listdir, 1, 1},
    {"mkdir", fs_mkdir, 3, 3},           {"unlink", fs_unlink, 2, 2},
    {"rmdir", fs_rmdir, 1, 1},           {"rename", fs_rename, 2, 2},
    {"open", fs_open, 2, 2},             {"fread", fs_fread, 2, 2},
    {"freadline", fs_freadline, 2, 2},   {"fwrite", fs_fwrite, 2, 2},
    {"fseek", fs_fseek, 3, 3},           {"ftell", fs_ftell, 1, 1},
    {"fclose", fs_fclose, 1, 1},         {"fclosed", fs_fclosed, 1, 1},
    {"fcheck", fs_fcheck, 1, 1},         {"freadable", fs_freadable, 1, 1},
    {"fwritable", fs_fwritable, 1, 1},
};

}  // namespace

ModuleObj* make_fs_native_module(VM& vm) {
  ModuleObj* m = vm.new_module("_fs");
  Root keep(vm.heap, Value::from_obj(m));
  add_functions(vm, m->dict, kFunctions, Value::from_obj(m));
  // Handle types: no constructor, not subclassable, immutable.
  for (const char* name : {"PathHandle", "FileHandle"}) {
    TypeObj* t = vm.new_type(name, vm.types.object, ObjKind::Handle, TypeObj::kBuiltin);
    Value tv = Value::from_obj(t);
    Root keep_t(vm.heap, tv);
    add_methods(vm, t, kHandleMethods);
    dict_set_str(vm, m->dict, vm.intern(name), tv);
  }
  return m;
}

}  // namespace capy
