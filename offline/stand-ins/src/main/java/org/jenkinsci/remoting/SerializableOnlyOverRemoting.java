// Stand-in for org.jenkins-ci.main:remoting (compile only, never shipped).
package org.jenkinsci.remoting;

import java.io.Serializable;

public interface SerializableOnlyOverRemoting extends Serializable {}
