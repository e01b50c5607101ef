// The blocking file-system operations of dart:io (io_ops.h) over POSIX calls, with the Dart VM's
// Linux semantics: which errno each failure reports (a directory opened as a file is EISDIR, an
// existing directory created again is success), the open modes, and the order of directory
// listings (depth first, a directory's entries right after it). Pure C++: safe on any thread.

#include "stdlib/io/io_ops.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <set>
#include <utility>

namespace islet {
namespace io {

namespace {

// FileSystemEntityType indexes of file_system_entity.dart.
enum EntityType { kTypeFile = 0, kTypeDirectory, kTypeLink, kTypeSocket, kTypePipe, kTypeNotFound };

// FileMode._mode values of file.dart.
enum DartFileMode { kModeRead = 0, kModeWrite, kModeAppend, kModeWriteOnly, kModeWriteOnlyAppend };

IoResult Null() { return IoResult(); }

IoResult Bool(bool b) {
  IoResult r;
  r.kind = IoResult::kBool;
  r.i = b ? 1 : 0;
  return r;
}

IoResult Int(int64_t i) {
  IoResult r;
  r.kind = IoResult::kInt;
  r.i = i;
  return r;
}

IoResult String(std::string s, IoResult::Kind kind = IoResult::kString) {
  IoResult r;
  r.kind = kind;
  r.s = std::move(s);
  return r;
}

IoResult LastError() { return IoResult::Error(errno); }

int64_t Millis(const struct timespec& t) {
  return static_cast<int64_t>(t.tv_sec) * 1000 + t.tv_nsec / 1000000;
}

int TypeOfMode(mode_t mode) {
  if (S_ISDIR(mode)) return kTypeDirectory;
  if (S_ISLNK(mode)) return kTypeLink;
  if (S_ISSOCK(mode)) return kTypeSocket;
  if (S_ISFIFO(mode)) return kTypePipe;
  return kTypeFile;
}

int TypeOfPath(const char* path, bool follow_links) {
  struct stat st;
  int rc = follow_links ? stat(path, &st) : lstat(path, &st);
  return rc == 0 ? TypeOfMode(st.st_mode) : kTypeNotFound;
}

// Retries a system call interrupted by a signal.
template <typename F>
auto Retry(F&& f) {
  decltype(f()) rc;
  do {
    rc = f();
  } while (rc == -1 && errno == EINTR);
  return rc;
}

bool WriteFully(int fd, const char* data, size_t length) {
  while (length > 0) {
    ssize_t n = Retry([&] { return write(fd, data, length); });
    if (n < 0) return false;
    data += n;
    length -= static_cast<size_t>(n);
  }
  return true;
}

IoResult OpenFile(const char* path, int64_t mode) {
  struct stat st;
  if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) return IoResult::Error(EISDIR);
  int flags = O_RDONLY;
  bool seek_end = false;
  switch (mode) {
    case kModeRead:
      break;
    case kModeWrite:
      flags = O_RDWR | O_CREAT | O_TRUNC;
      break;
    case kModeAppend:
      flags = O_RDWR | O_CREAT;
      seek_end = true;
      break;
    case kModeWriteOnly:
      flags = O_WRONLY | O_CREAT | O_TRUNC;
      break;
    case kModeWriteOnlyAppend:
      flags = O_WRONLY | O_CREAT;
      seek_end = true;
      break;
    default:
      return IoResult::Error(EINVAL);
  }
  int fd = Retry([&] { return open(path, flags | O_CLOEXEC, 0666); });
  if (fd < 0) return LastError();
  if (seek_end && lseek(fd, 0, SEEK_END) < 0) {
    int error = errno;
    close(fd);
    return IoResult::Error(error);
  }
  return Int(fd);
}

IoResult CopyFile(const char* from, const char* to) {
  int type = TypeOfPath(from, true);
  if (type == kTypeDirectory) return IoResult::Error(EISDIR);
  if (type == kTypeNotFound) return IoResult::Error(ENOENT);
  int in = Retry([&] { return open(from, O_RDONLY | O_CLOEXEC); });
  if (in < 0) return LastError();
  struct stat st;
  if (fstat(in, &st) != 0) {
    int error = errno;
    close(in);
    return IoResult::Error(error);
  }
  int out = Retry([&] { return open(to, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, st.st_mode); });
  if (out < 0) {
    int error = errno;
    close(in);
    return IoResult::Error(error);
  }
  char buffer[64 * 1024];
  int error = 0;
  for (;;) {
    ssize_t n = Retry([&] { return read(in, buffer, sizeof buffer); });
    if (n < 0) error = errno;
    if (n <= 0) break;
    if (!WriteFully(out, buffer, static_cast<size_t>(n))) {
      error = errno;
      break;
    }
  }
  close(in);
  if (close(out) != 0 && error == 0) error = errno;
  return error == 0 ? Null() : IoResult::Error(error);
}

IoResult CreateDirectory(const char* path) {
  if (mkdir(path, 0777) == 0) return Null();
  int error = errno;
  if (error == EEXIST) {
    struct stat st;
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) return Null();
  }
  return IoResult::Error(error);
}

// Deletes [path] and everything below it without following links; false with errno set.
bool DeleteRecursively(const std::string& path) {
  struct stat st;
  if (lstat(path.c_str(), &st) != 0) return false;
  if (S_ISLNK(st.st_mode)) return unlink(path.c_str()) == 0;
  if (!S_ISDIR(st.st_mode)) {
    errno = ENOTDIR;
    return false;
  }
  DIR* dir = opendir(path.c_str());
  if (dir == nullptr) return false;
  std::string prefix = path;
  if (prefix.empty() || prefix.back() != '/') prefix += '/';
  bool ok = true;
  while (ok) {
    errno = 0;
    struct dirent* entry = readdir(dir);
    if (entry == nullptr) {
      ok = errno == 0;
      break;
    }
    if (std::strcmp(entry->d_name, ".") == 0 || std::strcmp(entry->d_name, "..") == 0) continue;
    std::string child = prefix + entry->d_name;
    struct stat child_st;
    if (lstat(child.c_str(), &child_st) != 0) {
      ok = false;
    } else if (S_ISDIR(child_st.st_mode)) {
      ok = DeleteRecursively(child);
    } else {
      ok = unlink(child.c_str()) == 0;
    }
  }
  int error = errno;
  closedir(dir);
  if (!ok) {
    errno = error;
    return false;
  }
  return rmdir(path.c_str()) == 0;
}

IoResult DeleteDirectory(const std::string& path, bool recursive) {
  if (recursive) return DeleteRecursively(path) ? Null() : LastError();
  const char* p = path.c_str();
  if (TypeOfPath(p, false) == kTypeLink && TypeOfPath(p, true) == kTypeDirectory) {
    return unlink(p) == 0 ? Null() : LastError();
  }
  return rmdir(p) == 0 ? Null() : LastError();
}

// A recursive listing. Links to directories are followed (when asked) unless they lead back to
// a directory already on the current path, which Dart lists as a Link instead.
class Lister {
 public:
  Lister(IoResult* out, bool recursive, bool follow_links)
      : out_(out), recursive_(recursive), follow_links_(follow_links) {}

  // Lists [path] (which ends in '/'); false after recording an error.
  bool List(const std::string& path) {
    DIR* dir = opendir(path.c_str());
    if (dir == nullptr) return Fail(path);
    struct stat dir_st;
    bool have_id = stat(path.c_str(), &dir_st) == 0;
    std::pair<dev_t, ino_t> id(have_id ? dir_st.st_dev : 0, have_id ? dir_st.st_ino : 0);
    if (have_id) active_.insert(id);
    bool ok = true;
    while (ok) {
      errno = 0;
      struct dirent* entry = readdir(dir);
      if (entry == nullptr) {
        if (errno != 0) ok = Fail(path);
        break;
      }
      const char* name = entry->d_name;
      if (std::strcmp(name, ".") == 0 || std::strcmp(name, "..") == 0) continue;
      ok = Entry(path + name);
    }
    closedir(dir);
    if (have_id) active_.erase(id);
    return ok;
  }

 private:
  bool Entry(const std::string& child) {
    struct stat st;
    if (lstat(child.c_str(), &st) != 0) return Fail(child);
    if (S_ISLNK(st.st_mode) && follow_links_) {
      struct stat target;
      if (stat(child.c_str(), &target) != 0) {
        Add(kTypeLink, child);  // A broken link.
        return true;
      }
      if (S_ISDIR(target.st_mode)) {
        if (active_.count({target.st_dev, target.st_ino}) > 0) {
          Add(kTypeLink, child);  // A loop back to a directory being listed.
          return true;
        }
        Add(kTypeDirectory, child);
        return !recursive_ || List(child + "/");
      }
      Add(kTypeFile, child);
      return true;
    }
    if (S_ISDIR(st.st_mode)) {
      Add(kTypeDirectory, child);
      return !recursive_ || List(child + "/");
    }
    Add(S_ISLNK(st.st_mode) ? kTypeLink : kTypeFile, child);
    return true;
  }

  void Add(int type, const std::string& path) {
    out_->ints.push_back(type);
    out_->paths.push_back(path);
  }

  bool Fail(const std::string& path) {
    out_->has_error = true;
    out_->error = errno;
    out_->s = path;
    return false;
  }

  IoResult* out_;
  bool recursive_;
  bool follow_links_;
  std::set<std::pair<dev_t, ino_t>> active_;
};

IoResult ListDirectory(const std::string& path, bool recursive, bool follow_links) {
  IoResult r;
  r.kind = IoResult::kEntries;
  Lister(&r, recursive, follow_links).List(path);
  return r;
}

IoResult Read(int fd, int64_t count) {
  if (count < 0) return IoResult::Error(EINVAL);
  std::string data(static_cast<size_t>(count), '\0');
  ssize_t n = Retry([&] { return read(fd, data.data(), data.size()); });
  if (n < 0) return LastError();
  data.resize(static_cast<size_t>(n));
  return String(std::move(data), IoResult::kBytes);
}

IoResult Lock(int fd, int64_t type, int64_t start, int64_t end) {
  struct flock fl;
  std::memset(&fl, 0, sizeof fl);
  fl.l_whence = SEEK_SET;
  fl.l_start = static_cast<off_t>(start);
  fl.l_len = end == -1 ? 0 : static_cast<off_t>(end - start);
  int command = F_SETLK;
  switch (type) {
    case 0:  // Unlock.
      fl.l_type = F_UNLCK;
      break;
    case 1:  // Shared.
      fl.l_type = F_RDLCK;
      break;
    case 2:  // Exclusive.
      fl.l_type = F_WRLCK;
      break;
    case 3:  // Blocking shared.
      fl.l_type = F_RDLCK;
      command = F_SETLKW;
      break;
    case 4:  // Blocking exclusive.
      fl.l_type = F_WRLCK;
      command = F_SETLKW;
      break;
    default:
      return IoResult::Error(EINVAL);
  }
  return Retry([&] { return fcntl(fd, command, &fl); }) == 0 ? Null() : LastError();
}

// The XSI and GNU forms of strerror_r; whichever the C library declares is the one chosen.
[[maybe_unused]] std::string FromStrerror(int rc, const char* buffer) {
  return rc == 0 ? std::string(buffer) : std::string();
}
[[maybe_unused]] std::string FromStrerror(const char* text, const char*) {
  return text != nullptr ? std::string(text) : std::string();
}

}  // namespace

std::string ErrorMessage(int error) {
  char buffer[256];
  buffer[0] = '\0';
  return FromStrerror(strerror_r(error, buffer, sizeof buffer), buffer);
}

IoResult RunOp(Op op, const std::vector<IoArg>& args) {
  auto path = [&](size_t i) { return i < args.size() ? args[i].s.c_str() : ""; };
  auto num = [&](size_t i) { return i < args.size() ? args[i].i : 0; };
  auto fd = [&]() { return static_cast<int>(num(0)); };
  struct stat st;
  switch (op) {
    case Op::kFileExists:
      return Bool(stat(path(0), &st) == 0 && !S_ISDIR(st.st_mode));
    case Op::kFileCreate: {
      int flags = O_RDONLY | O_CREAT | O_CLOEXEC | (num(1) != 0 ? O_EXCL : 0);
      int f = Retry([&] { return open(path(0), flags, 0666); });
      if (f < 0) return LastError();
      close(f);
      return Null();
    }
    case Op::kFileDelete: {
      int type = TypeOfPath(path(0), true);
      if (type == kTypeDirectory) return IoResult::Error(EISDIR);
      if (type == kTypeNotFound) return IoResult::Error(ENOENT);
      return unlink(path(0)) == 0 ? Null() : LastError();
    }
    case Op::kFileRename: {
      int type = TypeOfPath(path(0), true);
      if (type == kTypeDirectory) return IoResult::Error(EISDIR);
      if (type == kTypeNotFound) return IoResult::Error(ENOENT);
      return rename(path(0), path(1)) == 0 ? Null() : LastError();
    }
    case Op::kFileCopy:
      return CopyFile(path(0), path(1));
    case Op::kFileLength:
      if (stat(path(0), &st) != 0) return LastError();
      return Int(st.st_size);
    case Op::kFileModified:
      if (stat(path(0), &st) != 0) return LastError();
      return Int(Millis(st.st_mtim));
    case Op::kFileOpen:
      return OpenFile(path(0), num(1));
    case Op::kType:
      return Int(TypeOfPath(path(0), num(1) != 0));
    case Op::kStat: {
      if (stat(path(0), &st) != 0) return LastError();
      IoResult r;
      r.kind = IoResult::kIntList;
      r.ints = {TypeOfMode(st.st_mode), Millis(st.st_ctim), Millis(st.st_mtim),
                Millis(st.st_atim),     st.st_mode,         st.st_size};
      return r;
    }
    case Op::kDirExists:
      if (stat(path(0), &st) == 0) return Bool(S_ISDIR(st.st_mode));
      if (errno == ENOENT || errno == ENOTDIR) return Bool(false);
      return LastError();
    case Op::kDirCreate:
      return CreateDirectory(path(0));
    case Op::kDirDelete:
      return DeleteDirectory(path(0), num(1) != 0);
    case Op::kDirRename:
      if (stat(path(0), &st) != 0) return LastError();
      if (!S_ISDIR(st.st_mode)) return IoResult::Error(ENOTDIR);
      return rename(path(0), path(1)) == 0 ? Null() : LastError();
    case Op::kDirList:
      return ListDirectory(path(0), num(1) != 0, num(2) != 0);
    case Op::kDirCreateTemp: {
      std::string templ = std::string(path(0)) + "XXXXXX";
      if (mkdtemp(templ.data()) == nullptr) return LastError();
      return String(std::move(templ));
    }
    case Op::kClose:
      return close(fd()) == 0 ? Null() : LastError();
    case Op::kReadByte: {
      unsigned char byte;
      ssize_t n = Retry([&] { return read(fd(), &byte, 1); });
      if (n < 0) return LastError();
      return Int(n == 0 ? -1 : byte);
    }
    case Op::kRead:
      return Read(fd(), num(1));
    case Op::kWriteByte: {
      char byte = static_cast<char>(num(1) & 0xff);
      return WriteFully(fd(), &byte, 1) ? Null() : LastError();
    }
    case Op::kWriteFrom: {
      const std::string& bytes = args.size() > 1 ? args[1].s : std::string();
      return WriteFully(fd(), bytes.data(), bytes.size()) ? Null() : LastError();
    }
    case Op::kPosition: {
      off_t pos = lseek(fd(), 0, SEEK_CUR);
      return pos < 0 ? LastError() : Int(pos);
    }
    case Op::kSetPosition:
      return lseek(fd(), static_cast<off_t>(num(1)), SEEK_SET) < 0 ? LastError() : Null();
    case Op::kTruncate:
      return Retry([&] { return ftruncate(fd(), static_cast<off_t>(num(1))); }) == 0 ? Null()
                                                                                     : LastError();
    case Op::kFdLength:
      if (fstat(fd(), &st) != 0) return LastError();
      return Int(st.st_size);
    case Op::kFlush:
      return fsync(fd()) == 0 || errno == EINVAL ? Null() : LastError();
    case Op::kLock:
      return Lock(fd(), num(1), num(2), num(3));
    case Op::kStdinRead:
      return Read(STDIN_FILENO, num(0));
    case Op::kResolveLinks: {
      char* resolved = realpath(path(0), nullptr);
      if (resolved == nullptr) return LastError();
      std::string result(resolved);
      std::free(resolved);
      return String(std::move(result));
    }
    case Op::kLinkCreate:
      return symlink(path(1), path(0)) == 0 ? Null() : LastError();
    case Op::kLinkTarget: {
      std::string target(PATH_MAX, '\0');
      ssize_t n = readlink(path(0), target.data(), target.size());
      if (n < 0) return LastError();
      target.resize(static_cast<size_t>(n));
      return String(std::move(target));
    }
    case Op::kLinkDelete:
      if (TypeOfPath(path(0), false) != kTypeLink) return IoResult::Error(EINVAL);
      return unlink(path(0)) == 0 ? Null() : LastError();
    case Op::kLinkRename:
      if (TypeOfPath(path(0), false) != kTypeLink) return IoResult::Error(EINVAL);
      return rename(path(0), path(1)) == 0 ? Null() : LastError();
    case Op::kCount:
      break;
  }
  return IoResult::Error(EINVAL);
}

}  // namespace io
}  // namespace islet
