// Directory: creating (recursively), deleting, renaming and listing directories, temporary
// directories, and the process's current directory, with Dart's messages ("Creation failed",
// "Deletion failed", "Directory listing failed", ...). Listings give File, Directory and Link
// objects with paths joined to this directory's path by one '/'.

abstract class Directory implements FileSystemEntity {
  factory Directory(String path) => _Directory(path);

  static Directory get current {
    Object? r = _IONatives.platform(11);
    _throwIfOSError(r, "Getting current working directory failed", "");
    return Directory(r as String);
  }

  static set current(Object? path) {
    String p;
    if (path is Directory) {
      p = path.path;
    } else if (path is String) {
      p = path;
    } else {
      throw ArgumentError('${Error.safeToString(path)} is not a String or Directory');
    }
    Object? r = _IONatives.setCurrentDirectory(p);
    _throwIfOSError(r, "Setting current working directory failed", path.toString());
  }

  static Directory get systemTemp => Directory(_IONatives.platform(10) as String);

  Future<Directory> create({bool recursive = false});
  void createSync({bool recursive = false});
  Future<Directory> createTemp([String? prefix]);
  Directory createTempSync([String? prefix]);
  Future<Directory> rename(String newPath);
  Directory renameSync(String newPath);
  Directory get absolute;
  Stream<FileSystemEntity> list({bool recursive = false, bool followLinks = true});
  List<FileSystemEntity> listSync({bool recursive = false, bool followLinks = true});
}

class _Directory extends FileSystemEntity implements Directory {
  final String path;

  _Directory(this.path);

  String toString() => "Directory: '$path'";

  Uri get uri => Uri.directory(path);

  Future<bool> exists() => _dispatch(_Op.dirExists, <Object?>[path]).then((Object? r) {
        _throwIfOSError(r, "Exists failed", path);
        return r as bool;
      });

  bool existsSync() {
    Object? r = _IONatives.sync(_Op.dirExists, <Object?>[path]);
    if (r is OSError) throw FileSystemException("Exists failed", path, r);
    return r as bool;
  }

  Directory get absolute => Directory(_absolutePath);

  Future<Directory> create({bool recursive = false}) {
    if (recursive) {
      return exists().then((bool exists) {
        if (exists) return this;
        if (path != parent.path) {
          return parent.create(recursive: true).then((_) => create());
        }
        return create();
      });
    }
    return _dispatch(_Op.dirCreate, <Object?>[path]).then((Object? r) {
      _throwIfOSError(r, "Creation failed", path);
      return this;
    });
  }

  void createSync({bool recursive = false}) {
    if (recursive) {
      if (existsSync()) return;
      if (path != parent.path) parent.createSync(recursive: true);
    }
    _throwIfOSError(_IONatives.sync(_Op.dirCreate, <Object?>[path]), "Creation failed", path);
  }

  String _tempPrefix(String? prefix) {
    prefix ??= '';
    if (path == '') {
      throw ArgumentError("Directory.createTemp called with an empty path. "
          "To use the system temp directory, use Directory.systemTemp");
    }
    return path.endsWith('/') ? "$path$prefix" : "$path/$prefix";
  }

  Future<Directory> createTemp([String? prefix]) {
    String fullPrefix = _tempPrefix(prefix);
    return _dispatch(_Op.dirCreateTemp, <Object?>[fullPrefix]).then((Object? r) {
      _throwIfOSError(r, "Creation of temporary directory failed", path);
      return Directory(r as String);
    });
  }

  Directory createTempSync([String? prefix]) {
    String fullPrefix = _tempPrefix(prefix);
    Object? r = _IONatives.sync(_Op.dirCreateTemp, <Object?>[fullPrefix]);
    _throwIfOSError(r, "Creation of temporary directory failed", fullPrefix);
    return Directory(r as String);
  }

  Future<Directory> _delete({bool recursive = false}) =>
      _dispatch(_Op.dirDelete, <Object?>[path, recursive]).then((Object? r) {
        _throwIfOSError(r, "Deletion failed", path);
        return this;
      });

  void _deleteSync({bool recursive = false}) {
    _throwIfOSError(
        _IONatives.sync(_Op.dirDelete, <Object?>[path, recursive]), "Deletion failed", path);
  }

  Future<Directory> rename(String newPath) =>
      _dispatch(_Op.dirRename, <Object?>[path, newPath]).then((Object? r) {
        _throwIfOSError(r, "Rename failed", path);
        return Directory(newPath);
      });

  Directory renameSync(String newPath) {
    _throwIfOSError(
        _IONatives.sync(_Op.dirRename, <Object?>[path, newPath]), "Rename failed", path);
    return Directory(newPath);
  }

  static FileSystemEntity _entity(int type, String path) {
    if (type == 0) return File(path);
    if (type == 1) return Directory(path);
    return Link(path);
  }

  List<FileSystemEntity> listSync({bool recursive = false, bool followLinks = true}) {
    String listPath = FileSystemEntity._ensureTrailingPathSeparators(path);
    List r = _IONatives.sync(_Op.dirList, <Object?>[listPath, recursive, followLinks]) as List;
    if (r[1] != null) {
      throw FileSystemException._fromOSError(
          r[1] as OSError, "Directory listing failed", r[0] as String);
    }
    List<FileSystemEntity> result = <FileSystemEntity>[];
    for (int i = 2; i < r.length; i += 2) {
      result.add(_entity(r[i] as int, r[i + 1] as String));
    }
    return result;
  }

  Stream<FileSystemEntity> list({bool recursive = false, bool followLinks = true}) {
    String listPath = FileSystemEntity._ensureTrailingPathSeparators(path);
    StreamController<FileSystemEntity> controller = StreamController<FileSystemEntity>();
    controller.onListen = () {
      _dispatch(_Op.dirList, <Object?>[listPath, recursive, followLinks]).then((Object? result) {
        List r = result as List;
        for (int i = 2; i < r.length; i += 2) {
          controller.add(_entity(r[i] as int, r[i + 1] as String));
        }
        if (r[1] != null) {
          controller.addError(FileSystemException._fromOSError(
              r[1] as OSError, "Directory listing failed", r[0] as String));
        }
        controller.close();
      });
    };
    return controller.stream;
  }
}
