; Included into the NSIS installer and uninstaller by electron-builder (electron-builder.yml nsis.include).

!macro customHeader
  ; Inserted after the installer's languages are loaded: 2052 is zh_CN, 1033 en_US.
  !ifdef BUILD_UNINSTALLER
    LangString lianxinDataKept 2052 "连心线的案件数据仍保存在 $APPDATA\Lianxin，卸载不会删除它们。"
    LangString lianxinDataKept 1033 "Lianxin's case data stays in $APPDATA\Lianxin; uninstalling does not delete it."
  !endif
!macroend

!macro customUnInstall
  ; The records belong to the office (deleteAppDataOnUninstall: false); tell whoever uninstalls where they are.
  DetailPrint "$(lianxinDataKept)"
!macroend
