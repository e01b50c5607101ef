// Package configurations: the `.dart_tool/package_config.json` file (configVersion 2) that maps
// `package:name/path` URIs to files, how to find it (walking up from a script's folder), and
// reading one from a file: or data: URI. Owns the mapping only; the program loader
// (program_loader.cc) decides when to use it. Immutable once read, so isolate groups share one.

#ifndef ISLET_RUNTIME_PACKAGE_CONFIG_H_
#define ISLET_RUNTIME_PACKAGE_CONFIG_H_

#include <memory>
#include <string>
#include <vector>

namespace islet {

class PackageConfig {
 public:
  struct Package {
    std::string name;
    std::string root_uri;     // Absolute, ends with '/'.
    std::string package_uri;  // Absolute (root_uri resolved with packageUri), ends with '/'.
  };

  // Parses the JSON text of a package configuration found at [config_uri] (a file: or data:
  // URI; relative rootUris are resolved against it). On malformed input returns nullptr with
  // a message in [error].
  static std::shared_ptr<const PackageConfig> Parse(const std::string& json,
                                                    const std::string& config_uri,
                                                    std::string* error);

  // Reads the configuration at [uri]: a file: URI, a plain path, or a data: URI holding the
  // JSON. nullptr with [error] set when it cannot be read or parsed.
  static std::shared_ptr<const PackageConfig> Load(const std::string& uri, std::string* error);

  // The `.dart_tool/package_config.json` of the folder of [script_path] or of the nearest
  // folder above it that has one: "" when none has.
  static std::string Find(const std::string& script_path);

  // The URI the configuration was read from ("file:///abs/.dart_tool/package_config.json").
  const std::string& uri() const { return uri_; }
  const std::vector<Package>& packages() const { return packages_; }

  // The file: URI that `package:` URI [uri] names. Returns false with Dart's message in [error]
  // when no package of that name exists or the URI has no path.
  bool Resolve(const std::string& uri, std::string* resolved, std::string* error) const;

 private:
  std::string uri_;
  std::vector<Package> packages_;
};

// The file: URI of [path] (absolute, normalized).
std::string FileUriOfPath(const std::string& path);

// The local path a file: URI names ("file:///a/b%20c.dart" -> "/a/b c.dart").
std::string PathOfFileUri(const std::string& uri);

// Decodes the content of a data: URI (`data:[<mediatype>][;base64],<data>`), percent-decoding
// or base64-decoding it. False on malformed input.
bool DecodeDataUri(const std::string& uri, std::string* content);

}  // namespace islet

#endif  // ISLET_RUNTIME_PACKAGE_CONFIG_H_
