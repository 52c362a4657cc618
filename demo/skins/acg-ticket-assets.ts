// Stylesheet and the small picker/upload script of the acg-faka ticket pages (inlined constants).

export const CSS = `
.uc-ticket-banner{background:#fff7e6;color:#ad6800;border:1px solid #ffe7ba;border-radius:10px;padding:10px 14px;margin-bottom:16px}
.uc-step{font-weight:700;margin:18px 0 10px;color:#3d3a4f}.uc-choices{display:flex;gap:12px;flex-wrap:wrap}
.uc-ticket-type,.uc-priority,.uc-mode{border:2px solid #e5e0ff;background:#fff;border-radius:12px;padding:10px 16px;cursor:pointer;font:inherit;text-align:left;color:#3d3a4f}
.uc-ticket-type small,.uc-priority small,.uc-mode small{display:block;color:#9a95b0;font-size:12px}.is-active{border-color:#7b61ff;background:#f4f1ff}
.uc-field{margin:10px 0}.uc-field label{display:block;color:#6f6a86;margin-bottom:4px}
.uc-field input[type=text],.uc-field textarea{width:100%;border:2px solid #e5e0ff;border-radius:10px;padding:8px 12px;font:inherit}.uc-field textarea{height:140px}
.uc-ticket-detail{display:flex;gap:18px;align-items:flex-start}.uc-ticket-main{flex:1}.uc-ticket-side{width:280px}
.uc-ticket-side dl{display:grid;grid-template-columns:72px 1fr;gap:6px;margin:0;font-size:13px}.uc-ticket-side dt{color:#9a95b0}.uc-ticket-side dd{margin:0;word-break:break-all}
.uc-ticket-messages{display:flex;flex-direction:column;gap:14px;margin:14px 0}
.uc-ticket-message{display:flex;gap:10px}.uc-ticket-message.is-user{flex-direction:row-reverse}
.uc-ticket-message__avatar{width:38px;height:38px;border-radius:50%;background:#d9d0ff;color:#fff;display:flex;align-items:center;justify-content:center;flex:none;font-weight:700}
.is-admin .uc-ticket-message__avatar{background:#ff7eb6}.is-system .uc-ticket-message__avatar{background:#adb5bd}
.uc-ticket-message__meta{font-size:12px;color:#9a95b0;margin-bottom:4px}.uc-ticket-message__meta strong{color:#3d3a4f;margin-right:6px}
.uc-ticket-tag{background:#ff7eb6;color:#fff;border-radius:6px;padding:0 6px;margin-right:6px}
.uc-ticket-message__bubble{background:#f6f4ff;border-radius:12px;padding:9px 13px;white-space:pre-wrap;max-width:560px}
.is-user .uc-ticket-message__bubble{background:#7b61ff;color:#fff}.is-user .uc-ticket-message__meta{text-align:right}
.is-system .uc-ticket-message__bubble{background:#f1f3f5;color:#868e96;font-size:12px}
.CodeMirror{position:relative;border:2px solid #e5e0ff;border-radius:10px;background:#fff;cursor:text;min-height:140px}.CodeMirror-focused{border-color:#7b61ff}
.CodeMirror-scroll{padding:8px 12px}.CodeMirror-line{margin:0;font:inherit;white-space:pre-wrap;word-break:break-all}.CodeMirror-placeholder{color:#9a95b0}
`;

export const PICK_SCRIPT = `
document.querySelectorAll('[data-ticket-type],[data-priority],[data-order-mode]').forEach(function(b){
  b.addEventListener('click',function(){
    var attr=b.hasAttribute('data-ticket-type')?'data-ticket-type':b.hasAttribute('data-priority')?'data-priority':'data-order-mode';
    document.querySelectorAll('['+attr+']').forEach(function(x){x.classList.toggle('is-active',x===b);x.setAttribute('aria-checked',String(x===b));});
    var v=b.getAttribute(attr);
    if(attr==='data-ticket-type'){document.querySelector('input[name=type]').value=v;document.getElementById('uc-order-step').hidden=v!=='1';}
    if(attr==='data-priority')document.querySelector('input[name=priority]').value=v;
  });
});
var proof=document.querySelector('input[name=proof]');
if(proof)proof.addEventListener('change',function(){
  if(!proof.files.length)return;var fd=new FormData();fd.append('file',proof.files[0]);
  fetch('/acg/user/api/ticket/upload',{method:'POST',body:fd}).then(function(r){return r.json();}).then(function(j){
    if(j.path)document.querySelector('input[name=proof_path]').value=j.path;
    document.getElementById('proof-status').textContent=j.path?'上传成功':(j.error||'上传失败');
  });
});`;

// A small stand-in for acg-faka's Markdown editor (CodeMirror 5 over the source textarea, as fromTextArea builds
// it): the editor keeps and shows its own buffer, typing goes through a hidden input textarea inside .CodeMirror,
// the instance hangs off the wrapper element (wrapper.CodeMirror), the source textarea is synced on every change
// (editor.md style) and once more on submit (fromTextArea). Writing only the source textarea therefore leaves the
// editor stale, and the submit-time save() would overwrite it with the editor's buffer.
export const EDITOR_SCRIPT = `
function MiniCodeMirror(ta){
  var cm=this,buf=ta.value,handlers={};
  var wrap=document.createElement('div');wrap.className='CodeMirror cm-s-default';
  var box=document.createElement('div');box.setAttribute('style','overflow:hidden;position:relative;width:3px;height:0');
  var input=document.createElement('textarea');
  input.setAttribute('autocorrect','off');input.setAttribute('autocapitalize','off');input.setAttribute('spellcheck','false');
  input.setAttribute('style','position:absolute;bottom:-1em;padding:0;width:1000px;height:1em;outline:none');
  box.appendChild(input);
  var scroll=document.createElement('div');scroll.className='CodeMirror-scroll';
  var lines=document.createElement('div');lines.className='CodeMirror-lines';lines.setAttribute('role','presentation');
  scroll.appendChild(lines);wrap.appendChild(box);wrap.appendChild(scroll);
  ta.style.display='none';ta.parentNode.insertBefore(wrap,ta.nextSibling);
  function render(){
    lines.textContent='';
    if(buf===''&&ta.placeholder){var ph=document.createElement('pre');ph.className='CodeMirror-line CodeMirror-placeholder';ph.textContent=ta.placeholder;lines.appendChild(ph);return;}
    buf.split('\\n').forEach(function(l){var pre=document.createElement('pre');pre.className='CodeMirror-line';pre.textContent=l||'\\u200b';lines.appendChild(pre);});
  }
  function change(v){if(v===buf)return;buf=v;render();(handlers.change||[]).forEach(function(fn){fn(cm);});}
  cm.getValue=function(){return buf;};
  cm.setValue=function(v){change(String(v).replace(/\\r\\n?/g,'\\n'));};
  cm.save=function(){ta.value=buf;};
  cm.getTextArea=function(){return ta;};
  cm.on=function(ev,fn){(handlers[ev]=handlers[ev]||[]).push(fn);};
  cm.focus=function(){input.focus();};
  wrap.addEventListener('mousedown',function(e){e.preventDefault();input.focus();});
  input.addEventListener('focus',function(){wrap.classList.add('CodeMirror-focused');});
  input.addEventListener('blur',function(){wrap.classList.remove('CodeMirror-focused');});
  function typed(e){if(e.isComposing||!input.value)return;var v=input.value;input.value='';change(buf+v);}
  input.addEventListener('input',typed);input.addEventListener('compositionend',typed);
  input.addEventListener('keydown',function(e){if(e.key==='Backspace'&&!input.value&&buf){e.preventDefault();change(buf.slice(0,-1));}});
  if(ta.form)ta.form.addEventListener('submit',function(){cm.save();});
  wrap.CodeMirror=cm;
  render();
}
document.querySelectorAll('textarea.editor-v2__source').forEach(function(ta){
  var cm=new MiniCodeMirror(ta);
  cm.on('change',function(){cm.save();});
});`;
