// Reading package_config.json (https://github.com/dart-lang/language/blob/main/accepted/2.8/
// language-versioning/package-config-file-v2.md): configVersion 2, a list of packages each with
// a name, a rootUri (absolute or relative to the config file) and an optional packageUri
// (relative to rootUri, default the root). Unknown keys are ignored, as the format asks.

#include "runtime/package_config.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "compiler/compiler.h"

namespace islet {

namespace {

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool PercentDecode(const std::string& in, std::string* out) {
  out->clear();
  for (size_t i = 0; i < in.size(); i++) {
    if (in[i] != '%') {
      out->push_back(in[i]);
      continue;
    }
    if (i + 2 >= in.size()) return false;
    int hi = HexValue(in[i + 1]);
    int lo = HexValue(in[i + 2]);
    if (hi < 0 || lo < 0) return false;
    out->push_back(static_cast<char>(hi * 16 + lo));
    i += 2;
  }
  return true;
}

bool Base64Decode(const std::string& in, std::string* out) {
  out->clear();
  uint32_t bits = 0;
  int count = 0;
  for (char c : in) {
    int v;
    if (c >= 'A' && c <= 'Z') {
      v = c - 'A';
    } else if (c >= 'a' && c <= 'z') {
      v = c - 'a' + 26;
    } else if (c >= '0' && c <= '9') {
      v = c - '0' + 52;
    } else if (c == '+' || c == '-') {
      v = 62;
    } else if (c == '/' || c == '_') {
      v = 63;
    } else if (c == '=') {
      break;
    } else {
      return false;
    }
    bits = (bits << 6) | static_cast<uint32_t>(v);
    count += 6;
    if (count >= 8) {
      count -= 8;
      out->push_back(static_cast<char>((bits >> count) & 0xff));
    }
  }
  return true;
}

bool ReadWholeFile(const std::string& path, std::string* text, std::string* error) {
  // A stream opens a directory and reads nothing from it: say what the OS would.
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    *error = std::strerror(EISDIR);
    return false;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = std::strerror(errno);
    return false;
  }
  std::ostringstream s;
  s << in.rdbuf();
  *text = s.str();
  return true;
}

std::string WithSlash(std::string uri) {
  if (uri.empty() || uri.back() != '/') uri += '/';
  return uri;
}

}  // namespace

std::string FileUriOfPath(const std::string& path) {
  std::error_code ec;
  std::filesystem::path abs = std::filesystem::absolute(path, ec);
  return "file://" + (ec ? path : abs.lexically_normal().string());
}

std::string PathOfFileUri(const std::string& uri) {
  std::string path = uri.rfind("file://", 0) == 0 ? uri.substr(7) : uri;
  std::string decoded;
  return PercentDecode(path, &decoded) ? decoded : path;
}

bool DecodeDataUri(const std::string& uri, std::string* content) {
  if (uri.rfind("data:", 0) != 0) return false;
  size_t comma = uri.find(',');
  if (comma == std::string::npos) return false;
  std::string header = uri.substr(5, comma - 5);
  std::string data = uri.substr(comma + 1);
  bool base64 = header.size() >= 7 && header.compare(header.size() - 7, 7, ";base64") == 0;
  if (base64) {
    std::string unescaped;
    if (!PercentDecode(data, &unescaped)) return false;
    return Base64Decode(unescaped, content);
  }
  return PercentDecode(data, content);
}

std::shared_ptr<const PackageConfig> PackageConfig::Parse(const std::string& json,
                                                          const std::string& config_uri,
                                                          std::string* error) {
  nlohmann::json doc = nlohmann::json::parse(json, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded() || !doc.is_object()) {
    *error = "The package configuration '" + config_uri + "' is not valid JSON.";
    return nullptr;
  }
  auto version = doc.find("configVersion");
  if (version == doc.end() || !version->is_number_integer() || version->get<int64_t>() != 2) {
    *error = "The package configuration '" + config_uri +
             "' has an unsupported configVersion (only 2 is supported).";
    return nullptr;
  }
  auto list = doc.find("packages");
  if (list == doc.end() || !list->is_array()) {
    *error = "The package configuration '" + config_uri + "' has no \"packages\" list.";
    return nullptr;
  }
  auto config = std::make_shared<PackageConfig>();
  config->uri_ = config_uri;
  for (const nlohmann::json& entry : *list) {
    auto name = entry.find("name");
    auto root = entry.find("rootUri");
    if (!entry.is_object() || name == entry.end() || !name->is_string() || root == entry.end() ||
        !root->is_string()) {
      *error = "The package configuration '" + config_uri +
               "' has a package without a \"name\" or \"rootUri\" string.";
      return nullptr;
    }
    Package package;
    package.name = name->get<std::string>();
    // A data: configuration has no folder: its relative roots are relative to the current one.
    std::string base = config_uri.rfind("data:", 0) == 0
                           ? FileUriOfPath(std::filesystem::current_path().string()) + "/"
                           : config_uri;
    package.root_uri = WithSlash(ResolveUri(base, root->get<std::string>()));
    package.package_uri = package.root_uri;
    auto package_uri = entry.find("packageUri");
    if (package_uri != entry.end() && package_uri->is_string()) {
      package.package_uri =
          WithSlash(ResolveUri(package.root_uri, package_uri->get<std::string>()));
    }
    for (const Package& other : config->packages_) {
      if (other.name == package.name) {
        *error = "The package configuration '" + config_uri + "' lists the package '" +
                 package.name + "' twice.";
        return nullptr;
      }
    }
    config->packages_.push_back(std::move(package));
  }
  return config;
}

std::shared_ptr<const PackageConfig> PackageConfig::Load(const std::string& uri,
                                                         std::string* error) {
  std::string text;
  std::string config_uri = uri;
  if (uri.rfind("data:", 0) == 0) {
    if (!DecodeDataUri(uri, &text)) {
      *error = "The package configuration data: URI is malformed.";
      return nullptr;
    }
  } else {
    std::string path = uri.rfind("file:", 0) == 0 ? PathOfFileUri(uri) : uri;
    config_uri = FileUriOfPath(path);
    std::string os_error;
    if (!ReadWholeFile(path, &text, &os_error)) {
      *error = "Error when reading the package configuration '" + path + "': " + os_error;
      return nullptr;
    }
  }
  return Parse(text, config_uri, error);
}

std::string PackageConfig::Find(const std::string& script_path) {
  std::error_code ec;
  std::filesystem::path dir = std::filesystem::absolute(script_path, ec).parent_path();
  if (ec) return "";
  for (int depth = 0; depth < 256; depth++) {
    std::filesystem::path candidate = dir / ".dart_tool" / "package_config.json";
    if (std::filesystem::is_regular_file(candidate, ec)) return candidate.string();
    if (!dir.has_parent_path() || dir.parent_path() == dir) break;
    dir = dir.parent_path();
  }
  return "";
}

bool PackageConfig::Resolve(const std::string& uri, std::string* resolved,
                            std::string* error) const {
  size_t slash = uri.find('/');
  if (uri.rfind("package:", 0) != 0 || slash == std::string::npos || slash == 8 ||
      slash + 1 == uri.size()) {
    *error = "Invalid package URI '" + uri + "': a package URI is 'package:name/path'.";
    return false;
  }
  std::string name = uri.substr(8, slash - 8);
  for (const Package& package : packages_) {
    if (package.name == name) {
      *resolved = ResolveUri(package.package_uri, uri.substr(slash + 1));
      return true;
    }
  }
  *error = "Couldn't resolve the package '" + name + "' in '" + uri + "'.";
  return false;
}

}  // namespace islet
