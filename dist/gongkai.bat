@echo off
rem gongkai.bat: runs lib\gongkai.jar with the Java 17 (or later) found in JAVA_HOME or on the PATH,
rem with the JVM options of lib\jvm.options (GONGKAI_JAVA_OPTS replaces them).
setlocal
chcp 65001 >nul
set "GONGKAI_HOME=%~dp0"
set "JAVA_EXE=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
if "%JAVA_EXE%"=="java" (
  where java >nul 2>nul || (
    echo gongkai 需要 Java 17 或更高版本的运行环境，但没有找到 java。请安装 Java 17（如 Eclipse Temurin JRE 17），或设置 JAVA_HOME。 1>&2
    exit /b 3
  )
)
if defined GONGKAI_JAVA_OPTS (
  set "OPTS=%GONGKAI_JAVA_OPTS%"
) else (
  for /f "usebackq eol=# delims=" %%o in ("%GONGKAI_HOME%lib\jvm.options") do set "OPTS=%%o"
)
"%JAVA_EXE%" %OPTS% -Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8 -jar "%GONGKAI_HOME%lib\gongkai.jar" %*
exit /b %ERRORLEVEL%
