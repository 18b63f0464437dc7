// String allocation, interning, hashing and equality.
#include "vm/str.h"

#include <cstring>

#include "vm/unicode.h"
#include "vm/vm.h"

namespace capy {

namespace {
uint32_t count_code_points(std::string_view s, bool* ascii) {
  *ascii = is_ascii(s);
  if (*ascii) return uint32_t(s.size());
  uint32_t n = 0;
  for (unsigned char c : s) {
    if ((c & 0xC0) != 0x80) n++;
  }
  return n;
}

// Copies n bytes, sizeof(Word) <= n <= 2 * sizeof(Word), as two possibly
// overlapping words.
template <typename Word>
inline void copy_ends(char* dst, const char* src, size_t n) {
  Word head, tail;
  std::memcpy(&head, src, sizeof head);
  std::memcpy(&tail, src + n - sizeof tail, sizeof tail);
  std::memcpy(dst, &head, sizeof head);
  std::memcpy(dst + n - sizeof tail, &tail, sizeof tail);
}

// memcpy for the short texts most strings are (a name, a number, a line):
// inline loads and stores instead of a call.
inline void copy_text(char* dst, const char* src, size_t n) {
  if (n > 16) {
    std::memcpy(dst, src, n);
  } else if (n >= 8) {
    copy_ends<uint64_t>(dst, src, n);
  } else if (n >= 4) {
    copy_ends<uint32_t>(dst, src, n);
  } else if (n > 0) {
    dst[0] = src[0];
    dst[n / 2] = src[n / 2];
    dst[n - 1] = src[n - 1];
  }
}

}  // namespace

StrObj* VM::new_str_room(size_t nbytes) {
  if (nbytes >= UINT32_MAX) throw OutOfMemory{nbytes};  // nbytes is 32 bits; MemoryError
  // Only the header is cleared: the caller writes every byte of the text.
  auto* s = static_cast<StrObj*>(heap.allocate(str_object_size(nbytes), sizeof(StrObj), ObjKind::Str, types.str));
  s->nbytes = uint32_t(nbytes);
  s->data[nbytes] = 0;
  return s;
}

StrObj* VM::new_str(std::string_view utf8) {
  StrObj* s = new_str_room(utf8.size());
  copy_text(s->data, utf8.data(), utf8.size());  // data() may be null when empty
  bool ascii;
  s->ncodepoints = count_code_points(utf8, &ascii);
  if (ascii) s->flags |= StrObj::kAscii;
  return s;
}

StrObj* VM::new_ascii_str(std::string_view ascii) {
  if (ascii.size() <= 1) return ascii.empty() ? empty_str_ : ascii_chars_[ascii[0] & 0x7F];
  StrObj* s = new_str_room(ascii.size());
  copy_text(s->data, ascii.data(), ascii.size());
  s->ncodepoints = uint32_t(ascii.size());
  s->flags |= StrObj::kAscii;
  return s;
}

StrObj* VM::concat_strs(const Value* parts, uint32_t n) {
  if (n != 2) return join_strs(nullptr, parts, n);
  // a + b and s += t, most concatenations: no loops over the parts.
  const StrObj* a = as_str(parts[0]);
  const StrObj* b = as_str(parts[1]);
  StrObj* s = new_str_room(uint64_t(a->nbytes) + b->nbytes);
  copy_text(s->data, a->data, a->nbytes);
  copy_text(s->data + a->nbytes, b->data, b->nbytes);
  s->ncodepoints = a->ncodepoints + b->ncodepoints;
  s->flags |= a->flags & b->flags & StrObj::kAscii;
  return s;
}

StrObj* VM::join_strs(const StrObj* sep, const Value* parts, uint32_t n) {
  uint64_t total = 0, codepoints = 0;
  bool ascii = true;
  for (uint32_t i = 0; i < n; i++) {
    const StrObj* p = as_str(parts[i]);
    total += p->nbytes;
    codepoints += p->ncodepoints;
    ascii = ascii && p->is_ascii();
  }
  if (sep && n > 1) {
    total += uint64_t(sep->nbytes) * (n - 1);
    codepoints += uint64_t(sep->ncodepoints) * (n - 1);
    ascii = ascii && sep->is_ascii();
  }
  StrObj* s = new_str_room(total);
  char* out = s->data;
  for (uint32_t i = 0; i < n; i++) {
    if (sep && i > 0) {
      copy_text(out, sep->data, sep->nbytes);
      out += sep->nbytes;
    }
    const StrObj* p = as_str(parts[i]);
    copy_text(out, p->data, p->nbytes);
    out += p->nbytes;
  }
  s->ncodepoints = uint32_t(codepoints);
  if (ascii) s->flags |= StrObj::kAscii;
  return s;
}

StrObj* VM::intern(std::string_view utf8) {
  auto it = interned_.find(utf8);
  if (it != interned_.end()) return it->second;
  StrObj* s = new_str(utf8);
  s->flags |= StrObj::kInterned;
  interned_.emplace(s->view(), s);
  return s;
}

StrObj* VM::find_interned(std::string_view utf8) const {
  auto it = interned_.find(utf8);
  return it == interned_.end() ? nullptr : it->second;
}

int64_t str_hash(StrObj* s) {
  if (s->extra) return int64_t(int32_t(s->extra)) == -1 ? -2 : int64_t(int32_t(s->extra));
  // FNV-1a over the bytes, folded to 32 bits so it caches in the header.
  uint64_t h = 1469598103934665603ull;
  for (uint32_t i = 0; i < s->nbytes; i++) {
    h ^= static_cast<unsigned char>(s->data[i]);
    h *= 1099511628211ull;
  }
  uint32_t folded = uint32_t(h ^ (h >> 32));
  if (folded == 0) folded = 1;
  s->extra = folded;
  int64_t r = int64_t(int32_t(folded));
  return r == -1 ? -2 : r;
}

bool str_equal(const StrObj* a, const StrObj* b) {
  if (a == b) return true;
  // The intern table holds one string per content.
  if (a->flags & b->flags & StrObj::kInterned) return false;
  if (a->nbytes != b->nbytes) return false;
  if (a->extra && b->extra && a->extra != b->extra) return false;
  return std::memcmp(a->data, b->data, a->nbytes) == 0;
}

}  // namespace capy
