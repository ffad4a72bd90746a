// Stand-in for org.jenkins-ci.plugins:credentials (compile only, never shipped).
package com.cloudbees.plugins.credentials.common;

public interface UsernamePasswordCredentials extends UsernameCredentials, PasswordCredentials {
}
