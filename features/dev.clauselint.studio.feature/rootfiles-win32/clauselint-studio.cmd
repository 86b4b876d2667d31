@echo off
rem Starts Clauselint Studio with javaw (no console window) from %JAVA_HOME% or the PATH,
rem Java 17 or newer. The native Eclipse launcher is not on Maven Central, so the product
rem starts through the Equinox launcher jar. Arguments pass through, e.g. -data WORKSPACE.
setlocal
set "here=%~dp0"
set "javaw=javaw"
if defined JAVA_HOME set "javaw=%JAVA_HOME%\bin\javaw"
set "launcher="
for %%f in ("%here%plugins\org.eclipse.equinox.launcher_*.jar") do set "launcher=%%~ff"
if not defined launcher (
  echo clauselint-studio: no Equinox launcher jar in "%here%plugins" 1>&2
  exit /b 1
)
start "" "%javaw%" -jar "%launcher%" -install "%here%." -configuration "%here%configuration" %*
