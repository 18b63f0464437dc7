// An open file of a grant.
//
// A File is created only by Grant::open_file, owns its descriptor, and never
// shows it: there is no accessor, and errors name the file by its display
// path ("data:sub/a.txt"). It is a thin, unbuffered layer over read/write/
// lseek; text decoding, line splitting and buffering belong to the fs module
// above. Each open File holds one slot of its grant's FileBudget until
// close() or destruction.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "sandbox/fs_budget.h"
#include "sandbox/fs_error.h"
#include "sandbox/fs_fd.h"

namespace capy::sandbox {

class File {
 public:
  File(const File&) = delete;
  File& operator=(const File&) = delete;
  ~File();

  // Up to max_bytes (fewer only at end of file); max_bytes < 0 reads to EOF.
  FsResult<std::string> read(int64_t max_bytes = -1);
  // Writes all of data (looping over short writes); returns data.size().
  FsResult<size_t> write(std::string_view data);
  // whence: SEEK_SET, SEEK_CUR or SEEK_END. Returns the new position.
  FsResult<int64_t> seek(int64_t offset, int whence);
  FsResult<int64_t> tell();
  // Closing twice is harmless, like Python's close().
  FsStatus close();

  bool closed() const { return !fd_.valid(); }
  bool readable() const { return readable_; }
  bool writable() const { return writable_; }
  // "data:sub/a.txt", for messages.
  const std::string& display_path() const { return display_; }

 private:
  friend class Grant;
  File(UniqueFd fd, bool readable, bool writable, std::string display,
       std::shared_ptr<FileBudget> budget);
  FsError closed_error() const;

  UniqueFd fd_;
  bool readable_;
  bool writable_;
  std::string display_;
  std::shared_ptr<FileBudget> budget_;  // holds one slot while open; null: unlimited
};

}  // namespace capy::sandbox
