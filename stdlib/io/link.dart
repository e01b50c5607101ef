// Link: symbolic links (create, update, target, exists, rename, delete) with Dart's messages.
// A Link's operations never follow the link itself, except resolveSymbolicLinks.

abstract class Link implements FileSystemEntity {
  factory Link(String path) => _Link(path);

  Future<Link> create(String target, {bool recursive = false});
  void createSync(String target, {bool recursive = false});
  Future<Link> update(String target);
  void updateSync(String target);
  Future<String> target();
  String targetSync();
  Future<Link> rename(String newPath);
  Link renameSync(String newPath);
  Link get absolute;
}

class _Link extends FileSystemEntity implements Link {
  final String path;

  _Link(this.path);

  String toString() => "Link: '$path'";

  Future<bool> exists() => FileSystemEntity.isLink(path);

  bool existsSync() => FileSystemEntity.isLinkSync(path);

  Link get absolute => Link(_absolutePath);

  Future<Link> create(String target, {bool recursive = false}) {
    Future<Object?> first =
        recursive ? parent.create(recursive: true) : Future<Object?>.value(null);
    return first
        .then((_) => _dispatch(_Op.linkCreate, <Object?>[path, target]))
        .then((Object? r) {
      _throwIfOSError(r, "Cannot create link to target '$target'", path);
      return this;
    });
  }

  void createSync(String target, {bool recursive = false}) {
    if (recursive) parent.createSync(recursive: true);
    _throwIfOSError(_IONatives.sync(_Op.linkCreate, <Object?>[path, target]),
        "Cannot create link to target '$target'", path);
  }

  Future<Link> update(String target) => delete().then((_) => create(target));

  void updateSync(String target) {
    deleteSync();
    createSync(target);
  }

  Future<String> target() => _dispatch(_Op.linkTarget, <Object?>[path]).then((Object? r) {
        _throwIfOSError(r, "Cannot get target of link", path);
        return r as String;
      });

  String targetSync() {
    Object? r = _IONatives.sync(_Op.linkTarget, <Object?>[path]);
    _throwIfOSError(r, "Cannot read link", path);
    return r as String;
  }

  Future<Link> rename(String newPath) =>
      _dispatch(_Op.linkRename, <Object?>[path, newPath]).then((Object? r) {
        _throwIfOSError(r, "Cannot rename link to '$newPath'", path);
        return Link(newPath);
      });

  Link renameSync(String newPath) {
    _throwIfOSError(_IONatives.sync(_Op.linkRename, <Object?>[path, newPath]),
        "Cannot rename link '$path' to '$newPath'", "");
    return Link(newPath);
  }

  Future<Link> _delete({bool recursive = false}) {
    if (recursive) return Directory(path).delete(recursive: true).then((_) => this);
    return _dispatch(_Op.linkDelete, <Object?>[path]).then((Object? r) {
      _throwIfOSError(r, "Cannot delete link", path);
      return this;
    });
  }

  void _deleteSync({bool recursive = false}) {
    if (recursive) {
      Directory(path).deleteSync(recursive: true);
      return;
    }
    _throwIfOSError(_IONatives.sync(_Op.linkDelete, <Object?>[path]), "Cannot delete link", path);
  }
}
